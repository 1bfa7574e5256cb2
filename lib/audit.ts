// The audit log: one line per sign-in, publish, delete and user change, written in the same transaction as the change.
import "server-only";
import { desc, eq, inArray, like, or } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { isoTimestamp } from "@/lib/entries/queries";
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

/** The newest lines, optionally only some groups of actions ("user.", "entry.publish"…). */
export async function listAuditLog({ limit = 30, prefixes }: { limit?: number; prefixes?: string[] } = {}): Promise<
  AuditEntry[]
> {
  const { auditLog, users } = schema;
  const filter = prefixes?.length
    ? or(
        inArray(auditLog.action, prefixes.filter((p) => !p.endsWith("."))),
        ...prefixes.filter((p) => p.endsWith(".")).map((p) => like(auditLog.action, `${p}%`)),
      )
    : undefined;
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
    .where(filter)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows as AuditEntry[];
}
