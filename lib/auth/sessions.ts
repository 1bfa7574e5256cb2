// Server-side session records: every sign-in starts a new one (its id goes into the cookie), and every guarded
// request checks it — user id, age, idle time, ended or not — against the user's row.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import type { UserRole } from "@/lib/auth/roles";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Executor } from "@/lib/tx";

/** A session ends 12 hours after sign-in, whatever happens. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** …and after 2 hours without a request. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** Last-seen is written at most once a minute per session, not on every request. */
const TOUCH_EVERY_SECONDS = 60;

const { userSessions, users } = schema;

export async function startSession({ userId, ip, db = getDb() }: { userId: string; ip: string | null; db?: Executor }): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, ip: ip?.slice(0, 100) ?? null }).returning({ id: userSessions.id });
  if (!row) throw new Error("insert returned no row");
  // Sessions long over are of no further use; keep the table small.
  if (Math.random() < 0.05) await db.delete(userSessions).where(sql`${userSessions.createdAt} < now() - interval '30 days'`);
  return row.id;
}

export type SessionStanding =
  | { status: "ok"; user: { id: string; email: string; name: string; role: UserRole; locale: Locale; needsTwoFactor: boolean } }
  /** The session or its user changed: ended, expired, idle too long, user disabled or password changed. */
  | { status: "ended"; reason: "unknown" | "ended" | "expired" | "idle" | "disabled" | "version" };

/** The session `sessionId` of user `userId` (both from the cookie), still standing? Refreshes its last-seen time. */
export async function checkSessionRecord({
  sessionId,
  userId,
  sessionVersion,
  db = getDb(),
}: {
  sessionId: string;
  userId: string;
  sessionVersion: number;
  db?: Executor;
}): Promise<SessionStanding> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      sessionVersion: users.sessionVersion,
      // Admins, and editors an admin chose, must enrol before anything else.
      needsTwoFactor: sql<boolean>`${users.totpEnabledAt} is null and (${users.role} = 'admin' or ${users.totpRequired})`,
      ended: sql<boolean>`${userSessions.endedAt} is not null`,
      expired: sql<boolean>`${userSessions.createdAt} <= now() - (${SESSION_MAX_AGE_SECONDS}::int * interval '1 second')`,
      idle: sql<boolean>`${userSessions.lastSeenAt} <= now() - (${SESSION_IDLE_SECONDS}::int * interval '1 second')`,
      stale: sql<boolean>`${userSessions.lastSeenAt} <= now() - (${TOUCH_EVERY_SECONDS}::int * interval '1 second')`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    // The cookie's user id must be the session's user: a session id alone proves nothing.
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)))
    .limit(1);
  if (!row) return { status: "ended", reason: "unknown" };
  if (row.ended) return { status: "ended", reason: "ended" };
  if (row.expired) return { status: "ended", reason: "expired" };
  if (row.idle) return { status: "ended", reason: "idle" };
  if (row.disabled) return { status: "ended", reason: "disabled" };
  if (row.sessionVersion !== sessionVersion) return { status: "ended", reason: "version" };
  if (row.stale) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(userSessions.id, sessionId));
  }
  return {
    status: "ok",
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as UserRole,
      locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
      needsTwoFactor: row.needsTwoFactor,
    },
  };
}

export async function endSession({ sessionId, userId, db = getDb() }: { sessionId: string; userId: string; db?: Executor }): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}

/** Signing out: the audit line, and the session's record ends (a copy of the cookie kept elsewhere is worthless). */
export async function recordSignOut({ userId, sessionId, db = getDb() }: { userId: string; sessionId: string | null; db?: Database }): Promise<void> {
  await db.transaction(async (tx) => {
    await recordAudit(tx, { userId, action: "user.sign_out", targetType: "user", targetId: userId });
    if (sessionId) await endSession({ sessionId, userId, db: tx });
  });
}

/** Inside the transaction that disables a user or changes their password: every open session ends. */
export async function endUserSessions(tx: Executor, userId: string): Promise<void> {
  await tx
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
