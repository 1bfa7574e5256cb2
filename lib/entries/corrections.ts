// Public reads of corrections and removals: the /changes log (newest first) and the notice a removed
// entry leaves at its address. Only public fields; never who made the change.
import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { diffSnapshots, type DiffLine } from "./diff";
import { isoTimestamp } from "./read-model";

const { entries, corrections } = schema;

export type PublicCorrection = {
  id: string;
  entrySlug: string;
  entryTitle: string;
  /** The entry is still published (else the log names it but links its removal notice). */
  entryPublic: boolean;
  version: number;
  note: string;
  changedFields: string[];
  correctedAt: string;
};

export type RemovedEntry = { slug: string; title: string; removedAt: string; reason: string | null };

/** What a reader sees of a correction, with its entry's slug and title as they stand. */
const publicCorrectionColumns = {
  id: corrections.id,
  entrySlug: entries.slug,
  entryTitle: entries.title,
  entryPublic: sql<boolean>`(${entries.status} = 'published' and ${entries.deletedAt} is null)`,
  version: corrections.version,
  note: corrections.note,
  changedFields: corrections.changedFields,
  correctedAt: isoTimestamp<string>(corrections.createdAt),
};

/** The latest corrections, newest first (at most `limit`), each with its entry's title as it stands. */
export async function listCorrections({ limit = 50 }: { limit?: number } = {}): Promise<PublicCorrection[]> {
  return getDb()
    .select(publicCorrectionColumns)
    .from(corrections)
    .innerJoin(entries, eq(entries.id, corrections.entryId))
    // A correction of an entry that was later unpublished is no longer public; a removed one still is (410 page).
    .where(and(eq(entries.status, "published")))
    .orderBy(desc(corrections.createdAt), desc(corrections.id))
    .limit(limit);
}

export type CorrectionDiff = PublicCorrection & { lines: DiffLine[] };

/** One correction with the diff of the public fields it changed. */
export async function getCorrection({ id }: { id: string }): Promise<CorrectionDiff | null> {
  const [row] = await getDb()
    .select({
      ...publicCorrectionColumns,
      before: corrections.before,
      after: corrections.after,
    })
    .from(corrections)
    .innerJoin(entries, eq(entries.id, corrections.entryId))
    .where(and(eq(corrections.id, id), eq(entries.status, "published")))
    .limit(1);
  if (!row) return null;
  const { before, after, ...rest } = row;
  return { ...rest, lines: diffSnapshots(before, after, 2) };
}

/** A published entry moved to the trash: what its address says instead (410). Null for any other slug. */
export async function getRemovedEntryBySlug({ slug }: { slug: string }): Promise<RemovedEntry | null> {
  const [row] = await getDb()
    .select({
      slug: entries.slug,
      title: entries.title,
      removedAt: isoTimestamp<string>(entries.deletedAt),
      reason: entries.removalReason,
    })
    .from(entries)
    .where(and(eq(entries.slug, slug), eq(entries.status, "published"), isNotNull(entries.deletedAt)))
    .limit(1);
  return row ?? null;
}


