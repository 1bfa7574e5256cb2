// The second step of signing in when two-factor sign-in is on: a challenge (five minutes, five tries) issued
// after the right password, answered with a TOTP code or a one-time recovery code.
import "server-only";
import crypto from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { Executor } from "@/lib/tx";
import { consumeSecondFactorCode } from "./codes";
import { deviceNonceFor, rememberDevice } from "./device-cookie";
import { completeSignIn, refuseSignIn } from "./sign-in-outcome";
import { UNKNOWN_IP, type SignInThrottle } from "./throttle";

const { signInChallenges, users } = schema;
export const CHALLENGE_SECONDS = 5 * 60;
export const CHALLENGE_TRIES = 5;

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function issueChallenge({ userId, db = getDb() }: { userId: string; db?: Executor }): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db.delete(signInChallenges).where(sql`${signInChallenges.createdAt} < now() - interval '1 hour'`);
  await db.insert(signInChallenges).values({ tokenHash: hash(token), userId });
  return token;
}

export type SecondFactorResult =
  /** `device`: the device cookie's new value, for the browser to keep (device-cookie.ts). */
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; sessionId: string }; device: string }
  | { ok: false; expired?: boolean; retryAfter?: number };

/** The challenge answered with `code`: a 6-digit TOTP code, or a recovery code (used up on success). */
export async function answerChallenge(
  { token, code, deviceCookie = null }: { token: string; code: string; deviceCookie?: string | null },
  ip: string | null,
  throttle: SignInThrottle,
): Promise<SecondFactorResult> {
  const db = getDb();
  if (typeof token !== "string" || token.length > 100 || typeof code !== "string" || code.length > 40) return { ok: false, expired: true };
  // Counting the try first, atomically: five wrong codes end the challenge, whatever runs in parallel.
  const [challenge] = await db
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(
      and(
        eq(signInChallenges.tokenHash, hash(token)),
        lt(signInChallenges.attempts, CHALLENGE_TRIES),
        sql`${signInChallenges.createdAt} > now() - (${CHALLENGE_SECONDS}::int * interval '1 second')`,
      ),
    )
    .returning({ userId: signInChallenges.userId });
  if (!challenge) return { ok: false, expired: true };
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
      secret: users.totpSecret,
      lastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, challenge.userId))
    .limit(1);
  if (!user || user.disabledAt || !user.secret) return { ok: false, expired: true };
  const sealed = user.secret;
  const { attempt, retryAfter } = await throttle.admit({
    email: user.email,
    ip: ip ?? UNKNOWN_IP,
    device: deviceNonceFor(deviceCookie, user.id),
  });
  if (retryAfter > 0) return { ok: false, retryAfter };

  // The code used up, the challenge ended and the session started together, or none of them.
  const signedIn = await db.transaction(async (tx) => {
    const method = await consumeSecondFactorCode(tx, { userId: user.id, sealed, lastStep: user.lastStep, code });
    if (!method) return null;
    await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, hash(token)));
    return { sessionId: await completeSignIn(tx, { throttle, attempt, userId: user.id, ip, method }) };
  });
  if (!signedIn) return { ok: false, ...(await refuseSignIn({ throttle, attempt, user, reason: "wrong second factor", ip })) };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId: signedIn.sessionId },
    device: rememberDevice(deviceCookie, user.id),
  };
}

