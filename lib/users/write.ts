// Writes of users: create, disable, enable, reset a password — each with its audit line, in one transaction.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import type { UserRole } from "@/lib/auth/roles";
import { englishMessage } from "@/lib/i18n/english";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { messageKey } from "@/lib/i18n/message-key";
import { verifyProof, type Proof } from "@/lib/auth/proof";
import { endUserSessions } from "@/lib/auth/sessions";
import { LOCKS, takeAdvisoryLock } from "@/lib/locks";
import type { Executor } from "@/lib/tx";
import type { NewUserInput } from "./input";
import { hashPassword } from "./password";

const { users } = schema;

/**
 * A refused change to a user, named by the field it concerns. `key` is the catalogue key of the reason
 * (admin.users.error.*), shown in the editor's language; the Error's message is the same in English, for the
 * command-line tools (npm run user:create) and the logs.
 */
export class UserWriteError extends Error {
  constructor(
    readonly field: "email" | "user" | "role",
    readonly key: string,
  ) {
    super(englishMessage(key));
  }
}

const refusal = (name: string) => messageKey(`admin.users.error.${name}`);

export async function insertUser(
  tx: Executor,
  input: NewUserInput,
  actorId: string | null,
  action: "user.create" | "setup.complete" = "user.create",
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  // Stored as one spelling, whoever calls: sign-in compares lower-case addresses.
  const email = input.email.trim().toLowerCase();
  let row: { id: string } | undefined;
  try {
    [row] = await tx
      .insert(users)
      .values({ email, name: input.name, role: input.role, passwordHash })
      .returning({ id: users.id });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserWriteError("email", refusal("emailTaken"));
    throw error;
  }
  if (!row) throw new Error("insert returned no row");
  await recordAudit(tx, {
    userId: actorId ?? row.id,
    action,
    targetType: "user",
    targetId: row.id,
    details: { email, role: input.role },
  });
  return row;
}

export async function createUser({
  input,
  actorId,
  db = getDb(),
}: {
  input: NewUserInput;
  actorId: string | null;
  db?: Database;
}): Promise<{ id: string }> {
  return db.transaction((tx) => insertUser(tx, input, actorId));
}

async function activeAdminCount(tx: Executor): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`${users.role} = 'admin' and ${users.disabledAt} is null`);
  return row?.n ?? 0;
}

/** Disabling bumps the session version, so the user's open sessions end on their next request. */
export async function setUserDisabled({
  userId,
  disabled,
  actorId,
  db = getDb(),
}: {
  userId: string;
  disabled: boolean;
  actorId: string;
  db?: Database;
}): Promise<void> {
  if (disabled && userId === actorId) throw new UserWriteError("user", refusal("disableSelf"));
  await db.transaction(async (tx) => {
    // Serialise admin changes so two admins cannot disable each other at once and leave none.
    await takeAdvisoryLock(tx, LOCKS.userChanges);
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
    if (!target) throw new UserWriteError("user", refusal("noSuchUser"));
    if (disabled && target.role === "admin" && (await activeAdminCount(tx)) <= 1) {
      throw new UserWriteError("user", refusal("lastAdminDisable"));
    }
    await tx
      .update(users)
      .set({
        disabledAt: disabled ? sql`now()` : null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    if (disabled) await endUserSessions(tx, userId);
    await recordAudit(tx, {
      userId: actorId,
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
    });
  });
}

/**
 * A new password ends every session the user has open (the session version moves on). The one setting it proves
 * it is them (`proof`, lib/auth/proof.ts): a stolen session alone must not be able to take the account over.
 */
export async function resetUserPassword({
  userId,
  password,
  actorId,
  proof,
  db = getDb(),
}: {
  userId: string;
  password: string;
  actorId: string;
  proof: Proof;
  db?: Database;
}): Promise<void> {
  await verifyProof({ userId: actorId, proof, db });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new UserWriteError("user", refusal("noSuchUser"));
    await endUserSessions(tx, userId);
    await recordAudit(tx, { userId: actorId, action: "user.password_reset", targetType: "user", targetId: userId });
  });
}

export async function setUserRole({
  userId,
  role,
  actorId,
  db = getDb(),
}: {
  userId: string;
  role: UserRole;
  actorId: string;
  db?: Database;
}): Promise<void> {
  if (userId === actorId && role !== "admin") throw new UserWriteError("role", refusal("ownAdminRole"));
  await db.transaction(async (tx) => {
    await takeAdvisoryLock(tx, LOCKS.userChanges);
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
    if (!target) throw new UserWriteError("user", refusal("noSuchUser"));
    if (target.role === role) return;
    if (target.role === "admin" && (await activeAdminCount(tx)) <= 1) {
      throw new UserWriteError("role", refusal("lastAdminRole"));
    }
    await tx
      .update(users)
      .set({ role, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await recordAudit(tx, { userId: actorId, action: "user.role_change", targetType: "user", targetId: userId, details: { role } });
  });
}

/**
 * The language of a user's own editorial system: their setting, changed by themselves on their account page. A
 * preference, not a change of who may do what: no audit line, and the public record does not change.
 */
export async function setUserLocale({ userId, locale, db = getDb() }: { userId: string; locale: Locale; db?: Executor }): Promise<void> {
  const updated = await db
    .update(users)
    .set({ locale, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (updated.length === 0) throw new UserWriteError("user", refusal("noSuchUser"));
}

/** A user's interface language, as stored (English for a user that is not there). */
export async function getUserLocale({ userId, db = getDb() }: { userId: string; db?: Executor }): Promise<Locale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return row && isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
}
