"use server";
// Signing in and out. Public by nature: these are the only server actions a signed-out visitor may call.
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { auth, signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/sessions";

export type SignInState = { message: string | null; email: string };

const INVALID = "Invalid email or password";

function tooManyMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const callbackUrl = safeCallbackPath(formData.get("callbackUrl"));
  if (!email.trim() || !password) return { message: INVALID, email };
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const seconds = (error as CredentialsSignin & { retryAfter?: number }).retryAfter ?? 900;
      return { message: tooManyMessage(seconds), email };
    }
    if (error instanceof AuthError) return { message: INVALID, email };
    throw error;
  }
  redirect(callbackUrl);
}

export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await recordAudit(getDb(), { userId: user.id, action: "user.sign_out", targetType: "user", targetId: user.id });
  // The record ends too, so a copy of the cookie kept elsewhere is worthless from now on.
  const sessionId = (await auth().catch(() => null))?.sessionId;
  if (sessionId && user) await endSession({ sessionId, userId: user.id });
  await signOut({ redirect: false });
  redirect("/login?reason=signed-out");
}
