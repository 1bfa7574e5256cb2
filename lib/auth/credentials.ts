// Checks an email and password: the same answer and about the same time for a wrong email as for a wrong password,
// within the sign-in limits shared by every app instance (throttle.ts), which tell known devices from unknown ones.
import "server-only";
import { getDb } from "@/db";
import { signInSchema } from "@/lib/users/input";
import { verifyAgainstDummy, verifyPassword } from "@/lib/users/password";
import { getUserCredentials } from "@/lib/users/queries";
import { deviceNonceFor, rememberDevice } from "./device-cookie";
import { answerChallenge, issueChallenge, type SecondFactorResult } from "./second-factor";
import { completeSignIn, refuseSignIn } from "./sign-in-outcome";
import { UNKNOWN_IP, createSignInThrottle, type SignInThrottle } from "./throttle";

export type AuthorizedUser = { id: string; email: string; name: string; sessionVersion: number; sessionId: string };
export type CredentialsResult =
  /** `device`: the device cookie's new value, for the browser to keep (device-cookie.ts). */
  | { ok: true; user: AuthorizedUser; device: string }
  /** `challenge`: the password was right, and the second factor is awaited (second-factor.ts). */
  | { ok: false; retryAfter?: number; challenge?: string };

export type SignInOptions = {
  /** The device cookie the browser sent, if any. */
  deviceCookie?: string | null;
  /** Tests pass their own limits; the app shares one. */
  throttle?: SignInThrottle;
};

const state = globalThis as unknown as { __recordSignInThrottle?: SignInThrottle };
const sharedThrottle = () => (state.__recordSignInThrottle ??= createSignInThrottle());

export async function checkCredentials(
  raw: unknown,
  ip: string | null,
  { deviceCookie = null, throttle = sharedThrottle() }: SignInOptions = {},
): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false };
  const { email, password } = parsed.data;
  const user = await getUserCredentials({ email });
  // A device cookie counts only for the account it was issued to.
  const device = user ? deviceNonceFor(deviceCookie, user.id) : null;
  const { attempt, retryAfter } = await throttle.admit({ email, ip: ip ?? UNKNOWN_IP, device });
  if (retryAfter > 0) return { ok: false, retryAfter };

  // An unknown email is verified against a dummy hash: the answer takes as long as for a wrong password.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    const reason = !user ? "unknown email" : !valid ? "wrong password" : "disabled";
    return { ok: false, ...(await refuseSignIn({ throttle, attempt, user, reason, ip })) };
  }
  if (user.twoFactor) {
    // The password counts as right only once the second factor is too: the failures stay counted until then.
    return { ok: false, challenge: await issueChallenge({ userId: user.id }) };
  }
  const sessionId = await getDb().transaction((tx) => completeSignIn(tx, { throttle, attempt, userId: user.id, ip, method: "password" }));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId },
    device: rememberDevice(deviceCookie, user.id),
  };
}

/** The second step, for users with two-factor sign-in: the challenge from the first and a code. */
export async function checkSecondFactor(
  raw: { challenge?: unknown; code?: unknown },
  ip: string | null,
  { deviceCookie = null, throttle = sharedThrottle() }: SignInOptions = {},
): Promise<SecondFactorResult> {
  if (typeof raw.challenge !== "string" || typeof raw.code !== "string") return { ok: false, expired: true };
  return answerChallenge({ token: raw.challenge, code: raw.code, deviceCookie }, ip, throttle);
}
