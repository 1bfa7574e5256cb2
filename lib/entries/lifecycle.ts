// Status changes of an entry — publish, unpublish, move to trash, restore — each one
// transaction with its revision and audit line, guarded by the entry's version like every save.
import "server-only";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit, type AuditAction } from "@/lib/audit";
import type { Tx } from "@/lib/tx";
import { readEntrySnapshot, readEntryState, type EntryState } from "./snapshot";
import { NO_SOURCE_MESSAGE } from "./input";
import { v } from "@/lib/i18n/message-key";
import { EntryValidationError, conflictOrMissing, recordRevision, type EntryWriteResult } from "./revisions";

const { entries } = schema;

type Change = {
  action: AuditAction;
  note: string;
  /** Extra condition the row must meet (e.g. "is in the trash"); otherwise the change does not apply. */
  applies: (state: EntryState) => boolean;
  set: { status?: "draft" | "published"; publishedAt?: SQL; deletedAt?: SQL | null; removalReason?: string | null };
  check?: (tx: Tx, state: EntryState) => Promise<void>;
  where?: SQL;
};

async function changeEntry(
  { id, expectedVersion, userId, db = getDb() }: { id: string; expectedVersion?: number; userId: string | null; db?: Database },
  change: Change,
): Promise<EntryWriteResult> {
  return db.transaction(async (tx): Promise<EntryWriteResult> => {
    const before = await readEntryState(tx, id);
    if (!before || !change.applies(before)) return { status: "not_found" };
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      return conflictOrMissing(tx, id);
    }
    await change.check?.(tx, before);
    const [row] = await tx
      .update(entries)
      .set({ ...change.set, version: sql`${entries.version} + 1`, updatedById: userId, updatedAt: sql`now()` })
      .where(and(eq(entries.id, id), eq(entries.version, before.version), change.where))
      .returning({ version: entries.version, status: entries.status });
    if (!row) {
      return conflictOrMissing(tx, id);
    }
    const snapshot = await readEntrySnapshot(tx, id);
    if (!snapshot) throw new Error("entry vanished inside its transaction");
    await recordRevision(tx, { entryId: id, version: row.version, snapshot, changeNote: change.note, userId });
    await recordAudit(tx, {
      userId,
      action: change.action,
      targetType: "entry",
      targetId: id,
      details: { slug: before.slug, title: snapshot.title, version: row.version },
    });
    const wasPublic = before.status === "published" && before.deletedAt === null;
    const isPublic = row.status === "published" && !snapshot.deleted;
    return {
      status: "saved",
      id,
      slug: before.slug,
      version: row.version,
      entryStatus: row.status as EntryState["status"],
      affectsPublic: wasPublic || isPublic,
      duplicate: false,
    };
  });
}

type LifecycleArgs = { id: string; expectedVersion?: number; userId: string | null; db?: Database };

async function countSources(tx: Tx, entryId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(schema.sources).where(eq(schema.sources.entryId, entryId));
  return row?.n ?? 0;
}

export function publishEntry(args: LifecycleArgs): Promise<EntryWriteResult> {
  return changeEntry(args, {
    action: "entry.publish",
    note: "Published",
    applies: (s) => s.deletedAt === null && s.status !== "published",
    set: { status: "published", publishedAt: sql`coalesce(${entries.publishedAt}, now())` },
    check: async (tx, state) => {
      if ((await countSources(tx, state.id)) === 0) throw new EntryValidationError("sources", NO_SOURCE_MESSAGE);
    },
  });
}

export function unpublishEntry(args: LifecycleArgs): Promise<EntryWriteResult> {
  return changeEntry(args, {
    action: "entry.unpublish",
    note: "Unpublished",
    applies: (s) => s.deletedAt === null && s.status === "published",
    set: { status: "draft" },
  });
}

export const REMOVAL_REASON_MESSAGE = v("removalReason");

/**
 * Moves the entry to the trash. A published entry leaves a notice at its address (410) with the date and the
 * reason, so removing one needs a reason.
 */
export function softDeleteEntry(args: LifecycleArgs & { reason?: string | null }): Promise<EntryWriteResult> {
  const reason = args.reason?.trim() || null;
  return changeEntry(args, {
    action: "entry.delete",
    note: reason ? `Moved to the trash: ${reason}` : "Moved to the trash",
    applies: (s) => s.deletedAt === null,
    set: { deletedAt: sql`now()`, removalReason: reason },
    check: async (_tx, state) => {
      if (state.status === "published" && !reason) throw new EntryValidationError("reason", REMOVAL_REASON_MESSAGE);
    },
    where: isNull(entries.deletedAt),
  });
}

export function restoreEntry(args: LifecycleArgs): Promise<EntryWriteResult> {
  return changeEntry(args, {
    action: "entry.restore",
    note: "Restored from the trash",
    applies: (s) => s.deletedAt !== null,
    set: { deletedAt: null, removalReason: null },
    where: isNotNull(entries.deletedAt),
  });
}
