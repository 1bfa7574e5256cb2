// Reads of users: small objects without password hashes, except the one sign-in needs.
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { UserRole } from "@/lib/auth/roles";
import { isoTimestamp } from "@/lib/entries/read-model";
import type { Executor } from "@/lib/tx";

const { users } = schema;

export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: string | null;
  createdAt: string;
  twoFactor: boolean;
  /** An admin requires two-factor sign-in of this editor (admins always need it). */
  twoFactorRequired: boolean;
};

/** What a guard needs to decide whether a session still stands. */
export type UserStanding = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  sessionVersion: number;
};

export async function countUsers(db: Executor = getDb()): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function listUsers(): Promise<UserSummary[]> {
  const rows = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: isoTimestamp<string | null>(users.disabledAt),
      createdAt: isoTimestamp<string>(users.createdAt),
      twoFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
      twoFactorRequired: users.totpRequired,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.email));
  return rows as UserSummary[];
}

export async function getUserStanding({ id }: { id: string }): Promise<UserStanding | null> {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) return null;
  const { disabledAt, ...rest } = row;
  return { ...rest, role: rest.role as UserRole, disabled: disabledAt !== null };
}

/** The one read that returns a password hash: for checking a sign-in, never for display. */
export async function getUserCredentials({ email }: { email: string }) {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
      twoFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}
