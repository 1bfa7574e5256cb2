// Two-factor sign-in: enrolment (a sealed TOTP key, confirmed with a code), one-time recovery codes, and who must
// use it (every admin; an editor when an admin requires it). The sign-in side is in second-factor.ts.
import { messageKey } from "@/lib/i18n/message-key";
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import type { Executor } from "@/lib/tx";
import { TOTP_PURPOSE, hashRecoveryCode, newRecoveryCode } from "./codes";
import { verifyProof, type Proof } from "./proof";
import { open, seal } from "./secret-box";
import { endUserSessions } from "./sessions";
import { newTotpSecret, totpUri, verifyTotp } from "./totp";

const { users, recoveryCodes } = schema;
export const RECOVERY_CODE_COUNT = 10;

export class TwoFactorError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function mustUseTwoFactor(user: { role: string; totpRequired: boolean }): boolean {
  return user.role === "admin" || user.totpRequired;
}

export type TwoFactorStatus = {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
  /** While enrolling: the key to show (to its owner only, before it is confirmed). */
  pending: { secret: string; uri: string } | null;
};

export async function getTwoFactorStatus({ userId, db = getDb() }: { userId: string; db?: Executor }): Promise<TwoFactorStatus> {
  const [row] = await db
    .select({
      email: users.email,
      role: users.role,
      totpRequired: users.totpRequired,
      enabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      pending: users.totpPendingSecret,
      left: sql<number>`(select count(*)::int from recovery_codes r where r.user_id = "users"."id" and r.used_at is null)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw new TwoFactorError("user", messageKey("twoFactor.error.noUser"));
  const secret = row.pending && !row.enabled ? open(row.pending, TOTP_PURPOSE) : null;
  return {
    enabled: row.enabled,
    required: mustUseTwoFactor(row),
    recoveryCodesLeft: row.left,
    pending: secret ? { secret, uri: totpUri(secret, row.email) } : null,
  };
}

/** A new key to enrol, kept sealed until a code confirms that the authenticator app has it. */
export async function startEnrolment({ userId, db = getDb() }: { userId: string; db?: Database }): Promise<void> {
  const updated = await db
    .update(users)
    .set({ totpPendingSecret: seal(newTotpSecret(), TOTP_PURPOSE), updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  if (updated.length === 0) throw new TwoFactorError("user", messageKey("twoFactor.error.alreadyOn"));
}

/** Confirms the pending key with a code from the app; returns the recovery codes, shown this once only. */
export async function confirmEnrolment({ userId, code, db = getDb() }: { userId: string; code: string; db?: Database }): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ pending: users.totpPendingSecret, enabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update")
      .limit(1);
    if (!row || row.enabledAt) throw new TwoFactorError("code", messageKey("twoFactor.error.alreadyOn"));
    const secret = row.pending ? open(row.pending, TOTP_PURPOSE) : null;
    if (!secret) throw new TwoFactorError("code", messageKey("twoFactor.error.noPending"));
    const step = verifyTotp(secret, code);
    if (step === null) throw new TwoFactorError("code", messageKey("twoFactor.error.wrongCode"));
    await tx
      .update(users)
      .set({ totpSecret: row.pending, totpPendingSecret: null, totpEnabledAt: sql`now()`, totpLastStep: step, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { userId, action: "user.two_factor_enable", targetType: "user", targetId: userId });
    return codes;
  });
}

async function replaceRecoveryCodes(tx: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** New recovery codes (the old ones stop working), after a current code proves the app is at hand. */
export async function regenerateRecoveryCodes({ userId, code, db = getDb() }: { userId: string; code: string; db?: Database }): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ secret: users.totpSecret, lastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, userId))
      .for("update")
      .limit(1);
    const secret = row?.secret ? open(row.secret, TOTP_PURPOSE) : null;
    if (!secret) throw new TwoFactorError("code", messageKey("twoFactor.error.notOn"));
    const step = verifyTotp(secret, code, { lastStep: row?.lastStep ?? null });
    if (step === null) throw new TwoFactorError("code", messageKey("twoFactor.error.wrongCode"));
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { userId, action: "user.recovery_codes", targetType: "user", targetId: userId });
    return codes;
  });
}

async function assertMayReset(db: Executor, userId: string, actorId: string): Promise<void> {
  const [row] = await db.select({ role: users.role, totpRequired: users.totpRequired }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw new TwoFactorError("user", messageKey("twoFactor.error.noUser"));
  if (userId === actorId && mustUseTwoFactor(row)) throw new TwoFactorError("user", messageKey("twoFactor.error.required"));
}

/**
 * Turns two-factor sign-in off for a user: by an admin for someone who lost their phone (they enrol again at
 * their next sign-in if they must), or by an editor for themselves when it is not required. Ends their sessions.
 * The one acting proves it is them (`proof`, lib/auth/proof.ts): a session alone is not enough.
 */
export async function resetTwoFactor({ userId, actorId, proof, db = getDb() }: { userId: string; actorId: string; proof: Proof; db?: Database }): Promise<void> {
  // Checked before the proof too, so a code is not used up on a change that would be refused anyway.
  await assertMayReset(db, userId, actorId);
  await verifyProof({ userId: actorId, proof, db });
  await db.transaction(async (tx) => {
    await assertMayReset(tx, userId, actorId);
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await endUserSessions(tx, userId);
    await recordAudit(tx, { userId: actorId, action: "user.two_factor_reset", targetType: "user", targetId: userId });
  });
}

/** An admin requires (or stops requiring) two-factor sign-in for an editor. */
export async function setTwoFactorRequired({
  userId,
  required,
  actorId,
  db = getDb(),
}: {
  userId: string;
  required: boolean;
  actorId: string;
  db?: Database;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpRequired: required, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new TwoFactorError("user", messageKey("twoFactor.error.noUser"));
    await recordAudit(tx, { userId: actorId, action: "user.two_factor_require", targetType: "user", targetId: userId, details: { required } });
  });
}
