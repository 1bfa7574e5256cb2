"use server";
// Signing in and out. Public by nature: these are the only server actions a signed-out visitor may call.
// Signing in has two steps when the account uses two-factor sign-in: the password, then a code.
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { auth, signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { rememberEditorLocale } from "@/lib/auth/editor-locale-cookie";
import { getSessionUser } from "@/lib/auth/guards";
import { recordSignOut } from "@/lib/auth/sessions";
import { messageKey } from "@/lib/i18n/message-key";

export type SignInState = {
  message: string | null;
  email: string;
  /** Set once the password was right and a code is awaited: the token of that half-done sign-in. */
  challenge?: string;
};

// Catalogue keys (messages/<locale>/auth.json): the form shows them in the interface's language.
const INVALID = messageKey("auth.error.invalid");
const WRONG_CODE = messageKey("auth.error.wrongCode");
const EXPIRED = messageKey("auth.error.expired");

function tooManyMessage(seconds: number): string {
  return messageKey("auth.error.tooMany", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const callbackUrl = safeCallbackPath(formData.get("callbackUrl"));
  const challenge = formData.get("challenge");
  const secondStep = typeof challenge === "string" && challenge.length > 0;
  const fields = secondStep
    ? { challenge: challenge.slice(0, 100), code: String(formData.get("code") ?? "").slice(0, 40) }
    : { email, password: String(formData.get("password") ?? "") };
  if (secondStep ? !fields.code?.trim() : !email.trim() || !fields.password) {
    return secondStep ? { message: WRONG_CODE, email, challenge: fields.challenge } : { message: INVALID, email };
  }
  try {
    await signIn("credentials", { ...fields, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const seconds = (error as CredentialsSignin & { retryAfter?: number }).retryAfter ?? 900;
      return { message: tooManyMessage(seconds), email };
    }
    if (error instanceof CredentialsSignin && error.code === "second_factor") {
      return { message: null, email, challenge: (error as CredentialsSignin & { challenge: string }).challenge };
    }
    if (error instanceof CredentialsSignin && error.code === "challenge_expired") return { message: EXPIRED, email };
    if (error instanceof AuthError) return secondStep ? { message: WRONG_CODE, email, challenge: fields.challenge } : { message: INVALID, email };
    throw error;
  }
  redirect(callbackUrl);
}

export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) {
    await recordSignOut({ userId: user.id, sessionId: (await auth().catch(() => null))?.sessionId || null });
    // The sign-in page that follows stays in this editor's language.
    await rememberEditorLocale(user.locale);
  }
  await signOut({ redirect: false });
  redirect("/login?reason=signed-out");
}
