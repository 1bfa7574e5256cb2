// An actor as one value, read from the database: what an actor revision stores and a restore writes back.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { schema } from "@/db";
import type { ActorPosition } from "@/lib/domain";
import { actorPositionSchema } from "@/lib/domain";
import type { Executor, Tx } from "@/lib/tx";
import { messageKey } from "@/lib/i18n/message-key";
import { actorInputSchema, type ActorInput } from "./input";

const { actors, actorRevisions, users } = schema;

/**
 * What a revision holds: the write input, plus what the form does not edit but a save or merge may change —
 * the slug, the positions held, and the actor it was merged into.
 */
export type ActorSnapshot = ActorInput & { slug: string; positions: ActorPosition[]; mergedIntoId?: string };

export type ActorState = { id: string; slug: string; version: number; public: boolean; live: boolean };

export async function readActorState(db: Executor, id: string): Promise<ActorState | null> {
  const [row] = await db
    .select({
      id: actors.id,
      slug: actors.slug,
      version: actors.version,
      public: actors.public,
      live: sql<boolean>`(${actors.mergedIntoId} is null and ${actors.deletedAt} is null)`,
    })
    .from(actors)
    .where(eq(actors.id, id))
    .limit(1);
  return row ?? null;
}

/** The actor as it stands, in the shape of the write input (and so of a revision). */
export async function readActorSnapshot(db: Executor, id: string): Promise<ActorSnapshot | null> {
  const [row] = await db.select().from(actors).where(eq(actors.id, id)).limit(1);
  if (!row) return null;
  return {
    kind: row.kind as ActorInput["kind"],
    nameEn: row.nameEn,
    nameHy: row.nameHy,
    nameRu: row.nameRu,
    aliases: row.aliases,
    countryCode: row.countryCode,
    parentId: row.parentId,
    wikidataId: row.wikidataId,
    existedFrom: row.existedFrom,
    existedUntil: row.existedUntil,
    description: row.description,
    public: row.public,
    slug: row.slug,
    positions: row.positions,
    ...(row.mergedIntoId ? { mergedIntoId: row.mergedIntoId } : {}),
  };
}

/** Writes the revision of a save: the actor as it now stands, at its new version. Inside the save's transaction. */
export async function recordActorRevision(
  tx: Tx,
  revision: { actorId: string; version: number; changeNote: string; userId: string | null },
): Promise<ActorSnapshot> {
  const snapshot = await readActorSnapshot(tx, revision.actorId);
  if (!snapshot) throw new Error("actor vanished inside its transaction");
  await tx.insert(actorRevisions).values({
    actorId: revision.actorId,
    version: revision.version,
    snapshot,
    changeNote: revision.changeNote,
    createdById: revision.userId,
  });
  return snapshot;
}

export type ActorVersion = { version: number; updatedAt: string; updatedByName: string | null };

/** Who saved the actor last and when (from its latest revision), for a conflict message. */
export async function describeCurrentActorVersion(db: Executor, id: string): Promise<ActorVersion | null> {
  const [row] = await db
    .select({
      version: actors.version,
      updatedAt: sql<string>`to_char(${actors.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      updatedByName: users.name,
    })
    .from(actors)
    .leftJoin(actorRevisions, sql`${actorRevisions.actorId} = ${actors.id} and ${actorRevisions.version} = ${actors.version}`)
    .leftJoin(users, eq(users.id, actorRevisions.createdById))
    .where(eq(actors.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * A stored revision back as write input and positions. A revision written before a rule changed may no longer
 * pass it; it comes back with the reason, so a restore can say what to fix.
 */
export function actorSnapshotToInput(
  snapshot: unknown,
): { ok: true; input: ActorInput; positions: ActorPosition[] } | { ok: false; message: string } {
  const { slug: _slug, positions, mergedIntoId: _merged, ...input } = (snapshot ?? {}) as Record<string, unknown>;
  const parsed = actorInputSchema.safeParse(input);
  const parsedPositions = actorPositionSchema.array().safeParse(positions ?? []);
  if (parsed.success && parsedPositions.success) return { ok: true, input: parsed.data, positions: parsedPositions.data };
  const issue = parsed.success ? parsedPositions.error?.issues[0] : parsed.error.issues[0];
  // A message key whose `problem` is itself a key (the zod issue's): both are shown in the reader's language.
  return { ok: false, message: messageKey("forms.badRevision", { field: issue?.path.join(".") ?? "", problem: issue?.message ?? "" }) };
}
