// Checks an email and password: the same answer and about the same time for a wrong email as for a wrong password,
// within the sign-in limits shared by every app instance (throttle.ts).
import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { signInSchema } from "@/lib/users/input";
import { verifyAgainstDummy, verifyPassword } from "@/lib/users/password";
import { getUserCredentials } from "@/lib/users/queries";
import { answerChallenge, issueChallenge, type SecondFactorResult } from "./second-factor";
import { startSession } from "./sessions";
import { UNKNOWN_IP, createSignInThrottle, type SignInThrottle } from "./throttle";

export type AuthorizedUser = { id: string; email: string; name: string; sessionVersion: number; sessionId: string };
export type CredentialsResult =
  | { ok: true; user: AuthorizedUser }
  /** `challenge`: the password was right, and the second factor is awaited (second-factor.ts). */
  | { ok: false; retryAfter?: number; challenge?: string };

const state = globalThis as unknown as { __recordSignInThrottle?: SignInThrottle };
const throttle = () => (state.__recordSignInThrottle ??= createSignInThrottle());

export async function checkCredentials(raw: unknown, ip: string | null): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false };
  const { email, password } = parsed.data;
  const where = ip ?? UNKNOWN_IP;
  const wait = await throttle().retryAfter(email, where);
  if (wait > 0) return { ok: false, retryAfter: wait };

  const user = await getUserCredentials({ email });
  // An unknown email is verified against a dummy hash: the answer takes as long as for a wrong password.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    const lockouts = await throttle().recordFailure(email, where);
    await recordAudit(getDb(), {
      userId: user?.id ?? null,
      action: "user.sign_in_failed",
      targetType: "user",
      targetId: user?.id ?? null,
      details: { email, reason: !user ? "unknown email" : !valid ? "wrong password" : "disabled" },
      ip,
    });
    for (const lockout of lockouts) {
      await recordAudit(getDb(), {
        userId: user?.id ?? null,
        action: "user.sign_in_locked",
        targetType: "user",
        targetId: user?.id ?? null,
        details: { email, scope: lockout.scope, seconds: lockout.seconds },
        ip,
      });
    }
    const after = lockouts.length > 0 ? Math.max(...lockouts.map((l) => l.seconds)) : 0;
    return after > 0 ? { ok: false, retryAfter: after } : { ok: false };
  }
  if (user.twoFactor) {
    // The password counts as right only once the second factor is too: the failures stay counted until then.
    return { ok: false, challenge: await issueChallenge({ userId: user.id }) };
  }
  await throttle().recordSuccess(email, where);
  // A new session record at every sign-in: the cookie that follows carries a new id (rotation).
  const sessionId = await startSession({ userId: user.id, ip });
  await recordAudit(getDb(), { userId: user.id, action: "user.sign_in", targetType: "user", targetId: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId } };
}

/** The second step, for users with two-factor sign-in: the challenge from the first and a code. */
export async function checkSecondFactor(raw: { challenge?: unknown; code?: unknown }, ip: string | null): Promise<SecondFactorResult> {
  if (typeof raw.challenge !== "string" || typeof raw.code !== "string") return { ok: false, expired: true };
  return answerChallenge({ token: raw.challenge, code: raw.code }, ip, throttle());
}
