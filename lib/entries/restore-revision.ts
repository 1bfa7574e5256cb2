// Restoring an earlier revision of an entry: its content saved through updateEntry as a new version.
import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { EntryValidationError, type EntryWriteResult } from "./revisions";
import { readEntryState, snapshotToInput } from "./snapshot";
import { updateEntry } from "./write";

/** Brings back the content of an earlier revision as a new revision; the entry keeps its current status. */
export async function restoreRevision({
  id,
  revisionId,
  expectedVersion,
  userId,
  db = getDb(),
}: {
  id: string;
  revisionId: number;
  expectedVersion: number;
  userId: string | null;
  db?: Database;
}): Promise<EntryWriteResult> {
  const [revision] = await db
    .select({ version: schema.revisions.version, snapshot: schema.revisions.snapshot })
    .from(schema.revisions)
    .where(and(eq(schema.revisions.id, revisionId), eq(schema.revisions.entryId, id)))
    .limit(1);
  if (!revision) return { status: "not_found" };
  const restored = snapshotToInput(revision.snapshot);
  if (!restored.ok) throw new EntryValidationError("revision", restored.message);
  const state = await readEntryState(db, id);
  const actorIds = restored.input.actors.map((a) => a.actorId);
  // Actors merged since this revision: link the one they were merged into (merges re-point earlier merges).
  const merged = actorIds.length
    ? await db
        .select({ id: schema.actors.id, into: schema.actors.mergedIntoId })
        .from(schema.actors)
        .where(and(inArray(schema.actors.id, actorIds), isNotNull(schema.actors.mergedIntoId)))
    : [];
  const intoOf = new Map(merged.map((m) => [m.id, m.into!]));
  const actors = restored.input.actors.map((a) => ({ ...a, actorId: intoOf.get(a.actorId) ?? a.actorId }));
  if (state?.status === "published" && restored.input.sources.length === 0) {
    throw new EntryValidationError(
      "revision",
      `Version ${revision.version} has no source, and a published entry must keep one. Unpublish the entry first to restore it.`,
    );
  }
  return updateEntry({
    id,
    input: { ...restored.input, actors, slug: state?.slug ?? restored.input.slug },
    expectedVersion,
    userId,
    restoredFrom: revision.version,
    db,
  });
}
