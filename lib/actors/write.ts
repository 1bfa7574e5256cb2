// Writes of actors: create, edit, restore a revision (merges are in ./merge.ts, re-exported here). Each is one
// transaction that bumps the actor's version and records a revision and an audit line, like entries' writes.
import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import type { ActorPosition } from "@/lib/domain";
import { slugify } from "@/lib/slug";
import type { Tx } from "@/lib/tx";
import { uniqueSlug } from "@/lib/unique-slug";
import { messageKey } from "@/lib/i18n/message-key";
import { ActorWriteError } from "./errors";
import type { ActorInput, ActorSubmission } from "./input";
import {
  actorSnapshotToInput,
  describeCurrentActorVersion,
  readActorState,
  recordActorRevision,
  type ActorVersion,
} from "./snapshot";

const { actors, actorRevisions, entryActors } = schema;

export { ActorWriteError };

export type SavedActor = {
  status: "saved";
  id: string;
  slug: string;
  name: string;
  version: number;
  /** Whether public pages may show something different now (the actor is public or named by entries). */
  affectsPublic: boolean;
};
export type ActorConflict = { status: "conflict"; current: ActorVersion };
export type ActorMissing = { status: "not_found" };
export type ActorWriteResult = SavedActor | ActorConflict | ActorMissing;

/** A parent must exist, not be merged away, and not be the actor itself or one of its descendants. */
export async function checkParent(tx: Tx, actorId: string | null, parentId: string | null): Promise<void> {
  if (!parentId) return;
  const seen = new Set<string>();
  for (let current: string | null = parentId; current; ) {
    if (current === actorId || seen.has(current)) throw new ActorWriteError("parentId", messageKey("adminActors.error.ownAncestor"));
    seen.add(current);
    const [row] = await tx.select({ parentId: actors.parentId, mergedIntoId: actors.mergedIntoId }).from(actors).where(eq(actors.id, current)).limit(1);
    if (!row) throw new ActorWriteError("parentId", messageKey("adminActors.error.noParent"));
    if (current === parentId && row.mergedIntoId) throw new ActorWriteError("parentId", messageKey("adminActors.error.parentMerged"));
    current = row.parentId;
  }
}

export async function createActor({
  input,
  userId,
  changeNote,
  db = getDb(),
}: {
  input: ActorInput;
  userId: string | null;
  changeNote?: string | null;
  db?: Database;
}): Promise<SavedActor> {
  return db.transaction(async (tx) => {
    await checkParent(tx, null, input.parentId);
    const slug = await uniqueSlug(tx, actors.slug, slugify(input.nameEn));
    const [row] = await tx.insert(actors).values({ ...input, slug, version: 1 }).returning({ id: actors.id });
    if (!row) throw new Error("insert returned no row");
    await recordActorRevision(tx, { actorId: row.id, version: 1, changeNote: changeNote || "Created", userId });
    await recordAudit(tx, { userId, action: "actor.create", targetType: "actor", targetId: row.id, details: { slug, name: input.nameEn, version: 1 } });
    return { status: "saved", id: row.id, slug, name: input.nameEn, version: 1, affectsPublic: input.public };
  });
}

/**
 * The first revision and audit line of actors inserted in bulk (the seed record, an import), inside the
 * transaction that inserted them and set their parents.
 */
export async function recordInsertedActors(tx: Tx, ids: string[], changeNote: string, userId: string | null = null): Promise<void> {
  for (const id of ids) {
    const snapshot = await recordActorRevision(tx, { actorId: id, version: 1, changeNote, userId });
    await recordAudit(tx, { userId, action: "actor.create", targetType: "actor", targetId: id, details: { slug: snapshot.slug, name: snapshot.nameEn, version: 1 } });
  }
}

/**
 * Saves an editor's form over the actor, if nobody saved it since the editor opened it (`expectedVersion`).
 * A restore passes the revision's positions too (the form does not edit them).
 */
export async function updateActor({
  id,
  input,
  expectedVersion,
  userId,
  changeNote,
  positions,
  restoredFrom,
  db = getDb(),
}: {
  id: string;
  input: ActorInput;
  expectedVersion: number;
  userId: string | null;
  changeNote?: string | null;
  positions?: ActorPosition[];
  /** Set by restoreActorRevision: the version whose content this save brings back. */
  restoredFrom?: number;
  db?: Database;
}): Promise<ActorWriteResult> {
  return db.transaction(async (tx): Promise<ActorWriteResult> => {
    const before = await readActorState(tx, id);
    if (!before || !before.live) return { status: "not_found" };
    await checkParent(tx, id, input.parentId);
    const [row] = await tx
      .update(actors)
      .set({ ...input, ...(positions ? { positions } : {}), version: sql`${actors.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(actors.id, id), eq(actors.version, expectedVersion), isNull(actors.mergedIntoId), isNull(actors.deletedAt)))
      .returning({ slug: actors.slug, version: actors.version });
    if (!row) {
      const current = await describeCurrentActorVersion(tx, id);
      return current ? { status: "conflict", current } : { status: "not_found" };
    }
    const restoring = restoredFrom !== undefined;
    await recordActorRevision(tx, {
      actorId: id,
      version: row.version,
      changeNote: changeNote || (restoring ? `Restored version ${restoredFrom}` : "Edited"),
      userId,
    });
    await recordAudit(tx, {
      userId,
      action: restoring ? "actor.revision_restore" : "actor.update",
      targetType: "actor",
      targetId: id,
      details: { slug: row.slug, name: input.nameEn, version: row.version, ...(restoring ? { restoredFrom } : {}) },
    });
    const [link] = await tx.select({ one: sql`1` }).from(entryActors).where(eq(entryActors.actorId, id)).limit(1);
    return {
      status: "saved",
      id,
      slug: row.slug,
      name: input.nameEn,
      version: row.version,
      affectsPublic: Boolean(link) || before.public || input.public,
    };
  });
}

export type ActorFormResult = ActorWriteResult | { status: "bad_id" } | { status: "no_version" };

/**
 * The actor form's save: without an id it creates an actor; with one it edits that actor or nothing. A form whose
 * id is not a UUID, or names no live actor, is refused — it never falls back to creating a new actor.
 */
export async function saveActorForm({
  rawId,
  submission,
  userId,
  db = getDb(),
}: {
  /** The form's `id` field as sent (null when the form has none: a new actor). */
  rawId: unknown;
  submission: ActorSubmission;
  userId: string | null;
  db?: Database;
}): Promise<ActorFormResult> {
  const { version, changeNote, ...input } = submission;
  if (rawId === null || rawId === undefined) return createActor({ input, userId, changeNote, db });
  const id = z.uuid().safeParse(rawId).data;
  if (!id) return { status: "bad_id" };
  if (version === undefined) return { status: "no_version" };
  return updateActor({ id, input, expectedVersion: version, userId, changeNote, db });
}

/** Brings back the content of an earlier revision as a new version; nothing is overwritten. */
export async function restoreActorRevision({
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
}): Promise<ActorWriteResult> {
  const [revision] = await db
    .select({ version: actorRevisions.version, snapshot: actorRevisions.snapshot })
    .from(actorRevisions)
    .where(and(eq(actorRevisions.id, revisionId), eq(actorRevisions.actorId, id)))
    .limit(1);
  if (!revision) return { status: "not_found" };
  const restored = actorSnapshotToInput(revision.snapshot);
  if (!restored.ok) throw new ActorWriteError("revision", restored.message);
  let { parentId } = restored.input;
  if (parentId) {
    // A parent merged since this revision: the actor it was merged into (merges re-point earlier merges).
    const [merged] = await db
      .select({ into: actors.mergedIntoId })
      .from(actors)
      .where(and(eq(actors.id, parentId), isNotNull(actors.mergedIntoId)))
      .limit(1);
    if (merged?.into) parentId = merged.into;
  }
  return updateActor({
    id,
    input: { ...restored.input, parentId },
    positions: restored.positions,
    expectedVersion,
    userId,
    restoredFrom: revision.version,
    db,
  });
}

export { mergeActors } from "./merge";
