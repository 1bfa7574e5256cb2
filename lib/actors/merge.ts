// Merging a duplicate actor into the one that stays: one transaction that moves the duplicate's entry links,
// children, earlier merges and names, and gives every actor and entry it changes a new version and a revision.
import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordAudit } from "@/lib/audit";
import { readEntrySnapshot } from "@/lib/entries/snapshot";
import { recordRevision } from "@/lib/entries/revisions";
import type { Tx } from "@/lib/tx";
import { recordActorRevision } from "./snapshot";
import { messageKey } from "@/lib/i18n/message-key";
import { ActorWriteError } from "./errors";

const { actors, entryActors, entries } = schema;

function mergeLists(...lists: (string | null | undefined)[][]): string[] {
  const out: string[] = [];
  for (const value of lists.flat()) {
    if (value && !out.some((o) => o.toLowerCase() === value.toLowerCase())) out.push(value);
  }
  return out;
}

const bumped = { version: sql`${actors.version} + 1`, updatedAt: sql`now()` };

/** New versions for actors a merge changed besides the two merged (their parent or merge target moved). */
async function recordRevisions(tx: Tx, rows: { id: string; version: number }[], changeNote: string, userId: string | null) {
  for (const row of rows) await recordActorRevision(tx, { actorId: row.id, version: row.version, changeNote, userId });
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
  if (fromId === intoId) throw new ActorWriteError("intoId", messageKey("adminActors.error.mergeSelf"));
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(actors).where(inArray(actors.id, [fromId, intoId])).for("update");
    const from = rows.find((r) => r.id === fromId);
    const into = rows.find((r) => r.id === intoId);
    if (!from || from.mergedIntoId || from.deletedAt) throw new ActorWriteError("fromId", messageKey("adminActors.error.fromGone"));
    if (!into || into.mergedIntoId || into.deletedAt) throw new ActorWriteError("intoId", messageKey("adminActors.error.intoGone"));
    const note = `Actor “${from.nameEn}” merged into “${into.nameEn}”`;

    const affected = await tx.selectDistinct({ entryId: entryActors.entryId }).from(entryActors).where(eq(entryActors.actorId, fromId));
    // A link the kept actor already has in the same role would be a duplicate key: drop it, move the rest.
    await tx.execute(sql`delete from entry_actors ea where ea.actor_id = ${fromId}
      and exists (select 1 from entry_actors keep where keep.entry_id = ea.entry_id and keep.actor_id = ${intoId} and keep.role = ea.role)`);
    await tx.update(entryActors).set({ actorId: intoId }).where(eq(entryActors.actorId, fromId));
    const children = await tx
      .update(actors)
      .set({ parentId: intoId, ...bumped })
      .where(and(eq(actors.parentId, fromId), ne(actors.id, intoId)))
      .returning({ id: actors.id, version: actors.version });
    const earlierMerges = await tx
      .update(actors)
      .set({ mergedIntoId: intoId, ...bumped })
      .where(eq(actors.mergedIntoId, fromId))
      .returning({ id: actors.id, version: actors.version });
    const [kept] = await tx
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
        public: into.public || from.public,
        ...bumped,
      })
      .where(eq(actors.id, intoId))
      .returning({ version: actors.version });
    const [duplicate] = await tx
      .update(actors)
      .set({ mergedIntoId: intoId, ...bumped })
      .where(eq(actors.id, fromId))
      .returning({ version: actors.version });
    if (!kept || !duplicate) throw new Error("merged actors vanished inside their transaction");
    await recordActorRevision(tx, { actorId: intoId, version: kept.version, changeNote: note, userId });
    await recordActorRevision(tx, { actorId: fromId, version: duplicate.version, changeNote: note, userId });
    await recordRevisions(tx, children, `Parent “${from.nameEn}” merged into “${into.nameEn}”`, userId);
    await recordRevisions(tx, earlierMerges, note, userId);

    let affectsPublic = from.public || into.public;
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
      details: {
        from: { id: fromId, slug: from.slug, name: from.nameEn, version: duplicate.version },
        into: { slug: into.slug, name: into.nameEn, version: kept.version },
        entries: affected.length,
      },
    });
    return { movedEntries: affected.length, affectsPublic };
  });
}
