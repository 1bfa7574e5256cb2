// What a sign-in attempt leaves behind, the same for the password step (credentials.ts) and the code step
// (second-factor.ts): a failure's count and audit lines, a success's session, audit line and throttle reset —
// each in one transaction.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import type { Executor } from "@/lib/tx";
import { hashSignInEmail } from "./keyed-hash";
import { startSession } from "./sessions";
import type { SignInAttempt, SignInThrottle } from "./throttle";

export type SignInFailure =
  | "unknown email"
  | "wrong password"
  | "disabled"
  | "wrong second factor"
  | "wrong code to confirm a change"
  | "wrong password to confirm a change";

/**
 * Counts a failed attempt and writes its audit lines (and those of any lockout it started), then holds the answer
 * back as long as the throttle says. For an email that names no account, only a keyed hash of what was typed is
 * kept: it may be a password typed into the wrong field.
 */
export async function refuseSignIn({
  throttle,
  attempt,
  user,
  reason,
  ip,
}: {
  throttle: SignInThrottle;
  attempt: SignInAttempt;
  user: { id: string; email: string } | null;
  reason: SignInFailure;
  ip: string | null;
}): Promise<{ retryAfter?: number }> {
  const who = user ? { email: user.email } : { emailHash: hashSignInEmail(attempt.email) };
  const line = { userId: user?.id ?? null, targetType: "user" as const, targetId: user?.id ?? null, ip };
  const { lockouts, delayMs } = await getDb().transaction(async (tx) => {
    const counted = await throttle.recordFailure(attempt, tx);
    await recordAudit(tx, { ...line, action: "user.sign_in_failed", details: { ...who, reason, device: attempt.device ? "known" : "unknown" } });
    for (const lockout of counted.lockouts) {
      await recordAudit(tx, { ...line, action: "user.sign_in_locked", details: { ...who, scope: lockout.scope, seconds: lockout.seconds } });
    }
    return counted;
  });
  if (delayMs > 0) await sleep(delayMs);
  // A known device that used up its own allowance is not told to wait: its next attempt is an unknown device's.
  const waits = lockouts.filter((lockout) => lockout.scope !== "device").map((lockout) => lockout.seconds);
  return waits.length > 0 ? { retryAfter: Math.max(...waits) } : {};
}

/**
 * Inside the caller's transaction (with whatever else the sign-in uses up, such as a recovery code): forgets the
 * failures this success answers, starts a new session record — the cookie that follows carries its new id
 * (rotation) — and writes the audit line. Returns the session's id.
 */
export async function completeSignIn(
  tx: Executor,
  {
    throttle,
    attempt,
    userId,
    ip,
    method,
  }: { throttle: SignInThrottle; attempt: SignInAttempt; userId: string; ip: string | null; method: "password" | "totp" | "recovery code" },
): Promise<string> {
  await throttle.recordSuccess(attempt, tx);
  const sessionId = await startSession({ userId, ip, db: tx });
  await recordAudit(tx, {
    userId,
    action: "user.sign_in",
    targetType: "user",
    targetId: userId,
    details: { method, device: attempt.device ? "known" : "unknown" },
    ip,
  });
  return sessionId;
}
