// Proof that the person at the keyboard is the account's owner, not only someone holding its session: asked for
// before the changes that would let a stolen session keep the account (turning two-factor off, setting a
// password). A current code (TOTP or recovery) when two-factor sign-in is on — a password alone would undo what
// two-factor adds — otherwise the password. Wrong proofs count toward the sign-in limits (throttle.ts).
import { messageKey } from "@/lib/i18n/message-key";
import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb, schema } from "@/db";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/security/forwarded";
import type { Executor } from "@/lib/tx";
import { verifyPassword } from "@/lib/users/password";
import { consumeSecondFactorCode } from "./codes";
import { refuseSignIn } from "./sign-in-outcome";
import { UNKNOWN_IP, createSignInThrottle, type SignInThrottle } from "./throttle";

/** What the form sent in its `proof` field, and the address it came from (for the limits and the audit log). */
export type Proof = { value: unknown; ip: string | null };

export const PROOF_FIELD = "proof";

export class ProofError extends Error {
  readonly field = PROOF_FIELD;
  constructor(
    message: string,
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

// The same instance as credentials.ts's, when that module made it first.
const state = globalThis as unknown as { __recordSignInThrottle?: SignInThrottle };
const throttle = () => (state.__recordSignInThrottle ??= createSignInThrottle());

/** The client's address of the request being served (server actions), or null outside one. */
export async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers(), getEnv().trustProxy);
  } catch {
    return null;
  }
}

function tooMany(seconds: number): string {
  return messageKey("forms.proof.tooMany", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}

/** Resolves when `proof` is right for `userId`; otherwise throws ProofError (nothing else is changed). */
export async function verifyProof({ userId, proof, db = getDb() }: { userId: string; proof: Proof; db?: Executor }): Promise<void> {
  const [user] = await db
    .select({ email: schema.users.email, passwordHash: schema.users.passwordHash, sealed: schema.users.totpSecret, lastStep: schema.users.totpLastStep, disabledAt: schema.users.disabledAt })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .limit(1);
  if (!user || user.disabledAt) throw new ProofError(messageKey("forms.proof.cannotConfirm"));
  const withCode = user.sealed !== null;
  const value = typeof proof.value === "string" ? proof.value.slice(0, 256) : "";
  if (!value.trim()) {
    throw new ProofError(withCode ? messageKey("forms.proof.enterCode") : messageKey("forms.proof.enterPassword"));
  }
  // A signed-in browser proving itself: counted like a sign-in from an unknown device, with the same audit lines.
  const { attempt, retryAfter: wait } = await throttle().admit({ email: user.email, ip: proof.ip ?? UNKNOWN_IP, device: null });
  if (wait > 0) throw new ProofError(tooMany(wait), wait);
  const right = withCode
    ? (await consumeSecondFactorCode(db, { userId, sealed: user.sealed!, lastStep: user.lastStep, code: value.trim() })) !== null
    : await verifyPassword(user.passwordHash, value);
  if (right) return;
  const reason = withCode ? "wrong code to confirm a change" : "wrong password to confirm a change";
  const { retryAfter: after = 0 } = await refuseSignIn({ throttle: throttle(), attempt, user: { id: userId, email: user.email }, reason, ip: proof.ip });
  if (after > 0) throw new ProofError(tooMany(after), after);
  throw new ProofError(
    withCode
      ? messageKey("forms.proof.wrongCode")
      : messageKey("forms.proof.wrongPassword"),
  );
}
