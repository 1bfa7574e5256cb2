// What every entry write shares — the save (write.ts), the status changes (lifecycle.ts), restoring a revision
// (restore-revision.ts) and actor merges: the revision it records, who saved the version a conflict ran into,
// the result it returns and the refusal it throws.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { schema } from "@/db";
import type { EntryStatus } from "@/lib/domain";
import type { Executor, Tx } from "@/lib/tx";
import type { EntrySnapshot } from "./snapshot";

export class EntryValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export type SavedEntry = {
  status: "saved";
  id: string;
  slug: string;
  version: number;
  entryStatus: EntryStatus;
  /** Whether the public pages and feeds show something different now: the caller revalidates them. */
  affectsPublic: boolean;
  /** True when this was a repeat of a submission already applied (double-click, retry). */
  duplicate: boolean;
};
export type EntryConflict = {
  status: "conflict";
  current: { version: number; updatedAt: string; updatedByName: string | null };
};
export type EntryMissing = { status: "not_found" };
export type EntryWriteResult = SavedEntry | EntryConflict | EntryMissing;

export async function recordRevision(
  tx: Tx,
  revision: { entryId: string; version: number; snapshot: EntrySnapshot; changeNote: string | null; userId: string | null },
) {
  await tx.insert(schema.revisions).values({
    entryId: revision.entryId,
    version: revision.version,
    snapshot: revision.snapshot,
    changeNote: revision.changeNote,
    createdById: revision.userId,
  });
}

/** Who saved the entry last, for a conflict message. */
export async function describeCurrentVersion(db: Executor, id: string): Promise<EntryConflict["current"] | null> {
  const { entries, users } = schema;
  const [row] = await db
    .select({
      version: entries.version,
      updatedAt: sql<string>`to_char(${entries.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      updatedByName: users.name,
    })
    .from(entries)
    .leftJoin(users, eq(users.id, entries.updatedById))
    .where(eq(entries.id, id))
    .limit(1);
  return row ?? null;
}

/** The answer for a version check that failed: who saved since, or gone when the entry no longer exists. */
export async function conflictOrMissing(db: Executor, id: string): Promise<EntryConflict | EntryMissing> {
  const current = await describeCurrentVersion(db, id);
  return current ? { status: "conflict", current } : { status: "not_found" };
}
