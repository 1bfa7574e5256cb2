// Public reads of actors for the API and the exports: the actors the public site shows (live, and named by a
// published entry or marked public: lib/actors/visibility.ts), as small objects.
import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type { ActorKind, ActorPosition } from "@/lib/domain";
import { isShownActor, namedByPublishedEntry } from "@/lib/actors/visibility";
import { isPublic } from "@/lib/entries/read-model";

const { actors, entries, entryActors } = schema;
const parent = alias(actors, "parent");

export type PublicActor = {
  slug: string;
  kind: ActorKind;
  name: { en: string; hy: string | null; ru: string | null };
  aliases: string[];
  countryCode: string | null;
  /** The parent actor's slug (a US state's parent is the United States). */
  parent: string | null;
  wikidataId: string | null;
  existedFrom: string | null;
  existedUntil: string | null;
  description: string | null;
  positions: ActorPosition[];
  /** How many published entries name this actor. */
  entryCount: number;
};

export type ActorFilters = { kind?: ActorKind; country?: string };

// Code-point order, the same on every engine and locale (exports must not depend on the server's collation).
const bySlug = sql`${actors.slug} collate "C"`;

const isShown = isShownActor();

const columns = {
  id: actors.id,
  slug: actors.slug,
  kind: actors.kind,
  nameEn: actors.nameEn,
  nameHy: actors.nameHy,
  nameRu: actors.nameRu,
  aliases: actors.aliases,
  countryCode: actors.countryCode,
  parent: parent.slug,
  parentLive: sql<boolean>`${isShownActor(parent)}`,
  wikidataId: actors.wikidataId,
  existedFrom: actors.existedFrom,
  existedUntil: actors.existedUntil,
  description: actors.description,
  positions: actors.positions,
  public: actors.public,
};

type Row = { [K in keyof typeof columns]: unknown } & { id: string; nameEn: string; nameHy: string | null; nameRu: string | null };
/** An actor of the export, which also says whether an editor marked it public. */
export type RecordActor = Omit<PublicActor, "entryCount"> & { public: boolean };

function toActor(row: Row): RecordActor {
  const { id: _id, nameEn, nameHy, nameRu, parent: parentSlug, parentLive, ...rest } = row;
  return {
    ...(rest as Omit<RecordActor, "name" | "parent">),
    name: { en: nameEn, hy: nameHy, ru: nameRu },
    // A parent the public site does not show (deleted, merged away, or hidden) is not part of the public record.
    parent: parentSlug && parentLive ? (parentSlug as string) : null,
  };
}

/** Published entries naming each actor, in one grouped query. */
async function withEntryCounts(rows: Row[]): Promise<PublicActor[]> {
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await getDb()
        .select({ actorId: entryActors.actorId, n: sql<number>`count(distinct ${entryActors.entryId})::int` })
        .from(entryActors)
        .innerJoin(entries, eq(entries.id, entryActors.entryId))
        .where(and(inArray(entryActors.actorId, ids), isPublic))
        .groupBy(entryActors.actorId)
    : [];
  const byActor = new Map(counts.map((c) => [c.actorId, c.n]));
  return rows.map((r) => {
    const { public: _public, ...actor } = toActor(r);
    return { ...actor, entryCount: byActor.get(r.id) ?? 0 };
  });
}

function select() {
  return getDb().select(columns).from(actors).leftJoin(parent, eq(parent.id, actors.parentId));
}

function filterConditions(filters: ActorFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(eq(actors.kind, filters.kind));
  if (filters.country) {
    conditions.push(sql`(${actors.countryCode} = ${filters.country} or ${actors.countryCode} like ${`${filters.country}-%`})`);
  }
  return conditions;
}

/** Shown actors in slug order; the cursor is the last slug of the previous page. */
export async function listPublicActors({
  filters = {},
  after,
  limit = 100,
}: {
  filters?: ActorFilters;
  after?: string | null;
  limit?: number;
}): Promise<{ items: PublicActor[]; nextAfter: string | null }> {
  const conditions = [isShown, ...filterConditions(filters)];
  if (after) conditions.push(sql`${bySlug} > ${after}`);
  const rows = await select()
    .where(and(...conditions))
    .orderBy(asc(bySlug))
    .limit(limit + 1);
  const page = await withEntryCounts(rows.slice(0, limit) as Row[]);
  return { items: page, nextAfter: rows.length > limit ? page[page.length - 1]!.slug : null };
}

export type ActorLookup = { actor: PublicActor } | { mergedInto: string } | null;

/**
 * One shown actor by slug; an actor merged into another answers with the other's slug (when that one is shown),
 * so old links can redirect. A hidden actor is `null`, as if it did not exist.
 */
export async function getPublicActorBySlug({ slug }: { slug: string }): Promise<ActorLookup> {
  const [row] = await getDb()
    .select({ deletedAt: actors.deletedAt, mergedIntoId: actors.mergedIntoId })
    .from(actors)
    .where(eq(actors.slug, slug))
    .limit(1);
  if (!row || row.deletedAt) return null;
  if (row.mergedIntoId) {
    const [target] = await getDb()
      .select({ slug: actors.slug })
      .from(actors)
      .where(and(eq(actors.id, row.mergedIntoId), isShown))
      .limit(1);
    return target ? { mergedInto: target.slug } : null;
  }
  const [actor] = await select().where(and(eq(actors.slug, slug), isShown)).limit(1);
  return actor ? { actor: (await withEntryCounts([actor as Row]))[0]! } : null;
}

/**
 * Every actor the published record needs, in slug order: the shown ones, and any other that a published entry
 * still names (so an export never refers to an actor it leaves out).
 */
export async function listRecordActors(): Promise<RecordActor[]> {
  const rows = await select()
    .where(sql`${isShown} or ${namedByPublishedEntry()}`)
    .orderBy(asc(bySlug));
  const included = new Set(rows.map((r) => r.slug));
  return rows.map((r) => {
    const actor = toActor({ ...(r as Row), parentLive: true });
    return { ...actor, parent: actor.parent && included.has(actor.parent) ? actor.parent : null };
  });
}
