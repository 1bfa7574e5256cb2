// The audit log: one line per sign-in, publish, delete and user change, written in the same transaction as the change.
import "server-only";
import { and, desc, eq, inArray, like, notLike, or } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { canManageUsers, type UserRole } from "@/lib/auth/roles";
import { isoTimestamp } from "@/lib/entries/read-model";
import type { Executor } from "@/lib/tx";

export const AUDIT_ACTIONS = [
  "user.sign_in",
  "user.sign_in_failed",
  "user.sign_in_locked",
  "user.sign_out",
  "user.create",
  "user.disable",
  "user.enable",
  "user.password_reset",
  "user.role_change",
  "user.two_factor_enable",
  "user.two_factor_reset",
  "user.two_factor_require",
  "user.recovery_codes",
  "setup.complete",
  "entry.create",
  "entry.update",
  "entry.publish",
  "entry.unpublish",
  "entry.delete",
  "entry.restore",
  "entry.revision_restore",
  "actor.create",
  "actor.update",
  "actor.merge",
  "actor.revision_restore",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditLine = {
  userId: string | null;
  action: AuditAction;
  targetType?: "entry" | "actor" | "user" | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

export async function recordAudit(db: Executor, line: AuditLine): Promise<void> {
  await db.insert(schema.auditLog).values({
    userId: line.userId,
    action: line.action,
    targetType: line.targetType ?? null,
    targetId: line.targetId ?? null,
    details: line.details ?? {},
    ip: line.ip ?? null,
  });
}

export type AuditEntry = {
  id: number;
  at: string;
  action: AuditAction;
  userName: string | null;
  userEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
};

/** Lines only admins may read: sign-ins and their failures (the emails typed), user and first-run changes. */
const ADMIN_ONLY_PREFIXES = ["user.", "setup."];

/**
 * The newest lines, optionally only some groups of actions ("user.", "entry.publish"…). `viewerRole` is the
 * reader's: an editor never gets the admins' lines, whatever `prefixes` asks for.
 */
export async function listAuditLog({
  limit = 30,
  prefixes,
  viewerRole,
}: {
  limit?: number;
  prefixes?: string[];
  viewerRole: UserRole;
}): Promise<AuditEntry[]> {
  const { auditLog, users } = schema;
  const asked = prefixes?.length
    ? or(
        inArray(auditLog.action, prefixes.filter((p) => !p.endsWith("."))),
        ...prefixes.filter((p) => p.endsWith(".")).map((p) => like(auditLog.action, `${p}%`)),
      )
    : undefined;
  const allowed = canManageUsers(viewerRole) ? undefined : and(...ADMIN_ONLY_PREFIXES.map((p) => notLike(auditLog.action, `${p}%`)));
  const rows = await getDb()
    .select({
      id: auditLog.id,
      at: isoTimestamp<string>(auditLog.at),
      action: auditLog.action,
      userName: users.name,
      userEmail: users.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(asked, allowed))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows as AuditEntry[];
}
