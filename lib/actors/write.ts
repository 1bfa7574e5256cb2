// Writes of actors: create, edit, and merge a duplicate into the actor that stays — each one transaction with
// its audit line. A merge moves the duplicate's entry links, children and aliases, and marks it merged.
import "server-only";
import { and, eq, inArray, like, or, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import { readEntrySnapshot } from "@/lib/entries/snapshot";
import { recordRevision } from "@/lib/entries/write";
import { slugify } from "@/lib/slug";
import type { Tx } from "@/lib/tx";
import type { ActorInput } from "./input";

const { actors, entryActors, entries } = schema;

export class ActorWriteError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

async function uniqueActorSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx
    .select({ slug: actors.slug })
    .from(actors)
    .where(or(eq(actors.slug, base), like(actors.slug, `${base}-%`)));
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A parent must exist, not be merged away, and not be the actor itself or one of its descendants. */
async function checkParent(tx: Tx, actorId: string | null, parentId: string | null): Promise<void> {
  if (!parentId) return;
  const seen = new Set<string>();
  for (let current: string | null = parentId; current; ) {
    if (current === actorId || seen.has(current)) throw new ActorWriteError("parentId", "An actor cannot be its own parent or ancestor");
    seen.add(current);
    const [row] = await tx.select({ parentId: actors.parentId, mergedIntoId: actors.mergedIntoId }).from(actors).where(eq(actors.id, current)).limit(1);
    if (!row) throw new ActorWriteError("parentId", "The parent actor does not exist");
    if (current === parentId && row.mergedIntoId) throw new ActorWriteError("parentId", "The parent actor was merged into another; choose that one");
    current = row.parentId;
  }
}

export async function createActor({
  input,
  userId,
  db = getDb(),
}: {
  input: ActorInput;
  userId: string | null;
  db?: Database;
}): Promise<{ id: string; slug: string; name: string }> {
  return db.transaction(async (tx) => {
    await checkParent(tx, null, input.parentId);
    const slug = await uniqueActorSlug(tx, slugify(input.nameEn));
    const [row] = await tx.insert(actors).values({ ...input, slug }).returning({ id: actors.id });
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, { userId, action: "actor.create", targetType: "actor", targetId: row.id, details: { slug, name: input.nameEn } });
    return { id: row.id, slug, name: input.nameEn };
  });
}

/** Returns whether public pages show something different (the actor is linked to entries). */
export async function updateActor({
  id,
  input,
  userId,
  db = getDb(),
}: {
  id: string;
  input: ActorInput;
  userId: string | null;
  db?: Database;
}): Promise<{ slug: string; linked: boolean }> {
  return db.transaction(async (tx) => {
    await checkParent(tx, id, input.parentId);
    const [row] = await tx
      .update(actors)
      .set({ ...input, updatedAt: sql`now()` })
      .where(and(eq(actors.id, id), sql`${actors.mergedIntoId} is null`, sql`${actors.deletedAt} is null`))
      .returning({ slug: actors.slug });
    if (!row) throw new ActorWriteError("id", "This actor no longer exists or was merged into another");
    await recordAudit(tx, { userId, action: "actor.update", targetType: "actor", targetId: id, details: { slug: row.slug, name: input.nameEn } });
    const [link] = await tx.select({ one: sql`1` }).from(entryActors).where(eq(entryActors.actorId, id)).limit(1);
    return { slug: row.slug, linked: Boolean(link) };
  });
}

function mergeLists(...lists: (string | null | undefined)[][]): string[] {
  const out: string[] = [];
  for (const value of lists.flat()) {
    if (value && !out.some((o) => o.toLowerCase() === value.toLowerCase())) out.push(value);
  }
  return out;
}

/**
 * Merges `fromId` (the duplicate) into `intoId` (the actor that stays). Every entry that linked the duplicate
 * now links the one that stays, gets a new version and a revision saying so; the duplicate's names become aliases.
 */
export async function mergeActors({
  fromId,
  intoId,
  userId,
  db = getDb(),
}: {
  fromId: string;
  intoId: string;
  userId: string | null;
  db?: Database;
}): Promise<{ movedEntries: number; affectsPublic: boolean }> {
  if (fromId === intoId) throw new ActorWriteError("intoId", "An actor cannot be merged into itself");
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(actors).where(inArray(actors.id, [fromId, intoId])).for("update");
    const from = rows.find((r) => r.id === fromId);
    const into = rows.find((r) => r.id === intoId);
    if (!from || from.mergedIntoId || from.deletedAt) throw new ActorWriteError("fromId", "The duplicate no longer exists or was already merged");
    if (!into || into.mergedIntoId || into.deletedAt) throw new ActorWriteError("intoId", "The actor to keep no longer exists or was merged");

    const affected = await tx.selectDistinct({ entryId: entryActors.entryId }).from(entryActors).where(eq(entryActors.actorId, fromId));
    // A link the kept actor already has in the same role would be a duplicate key: drop it, move the rest.
    await tx.execute(sql`delete from entry_actors ea where ea.actor_id = ${fromId}
      and exists (select 1 from entry_actors keep where keep.entry_id = ea.entry_id and keep.actor_id = ${intoId} and keep.role = ea.role)`);
    await tx.update(entryActors).set({ actorId: intoId }).where(eq(entryActors.actorId, fromId));
    await tx.update(actors).set({ parentId: intoId }).where(and(eq(actors.parentId, fromId), sql`${actors.id} <> ${intoId}`));
    await tx.update(actors).set({ mergedIntoId: intoId }).where(eq(actors.mergedIntoId, fromId));
    await tx
      .update(actors)
      .set({
        aliases: mergeLists(into.aliases, [from.nameEn, from.nameHy, from.nameRu], from.aliases).filter(
          (a) => a !== into.nameEn && a !== into.nameHy && a !== into.nameRu,
        ),
        nameHy: into.nameHy ?? from.nameHy,
        nameRu: into.nameRu ?? from.nameRu,
        countryCode: into.countryCode ?? from.countryCode,
        wikidataId: into.wikidataId ?? from.wikidataId,
        description: into.description ?? from.description,
        positions: [...into.positions, ...from.positions],
        parentId: into.parentId === fromId ? from.parentId : into.parentId,
        updatedAt: sql`now()`,
      })
      .where(eq(actors.id, intoId));
    await tx.update(actors).set({ mergedIntoId: intoId, updatedAt: sql`now()` }).where(eq(actors.id, fromId));

    let affectsPublic = false;
    const note = `Actor “${from.nameEn}” merged into “${into.nameEn}”`;
    for (const { entryId } of affected) {
      const [row] = await tx
        .update(entries)
        .set({ version: sql`${entries.version} + 1`, updatedById: userId, updatedAt: sql`now()` })
        .where(eq(entries.id, entryId))
        .returning({ version: entries.version, status: entries.status, deletedAt: entries.deletedAt });
      const snapshot = await readEntrySnapshot(tx, entryId);
      if (!row || !snapshot) continue;
      await recordRevision(tx, { entryId, version: row.version, snapshot, changeNote: note, userId });
      if (row.status === "published" && !row.deletedAt) affectsPublic = true;
    }
    await recordAudit(tx, {
      userId,
      action: "actor.merge",
      targetType: "actor",
      targetId: intoId,
      details: { from: { id: fromId, slug: from.slug, name: from.nameEn }, into: { slug: into.slug, name: into.nameEn }, entries: affected.length },
    });
    return { movedEntries: affected.length, affectsPublic };
  });
}
