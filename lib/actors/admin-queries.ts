// Editors' reads of actors: search for the entry form's picker, the admin list, one actor to edit, its history.
import "server-only";
import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type { ActorKind } from "@/lib/domain";
import { isoTimestamp } from "@/lib/entries/read-model";
import { isShownActor } from "./visibility";

const { actors, actorRevisions, users } = schema;

export type ActorChoice = { id: string; slug: string; name: string; kind: ActorKind; countryCode: string | null; hint: string | null };

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matches(q: string): SQL {
  const pattern = likePattern(q);
  return or(
    sql`${actors.nameEn} ilike ${pattern}`,
    sql`${actors.nameHy} ilike ${pattern}`,
    sql`${actors.nameRu} ilike ${pattern}`,
    sql`${actors.slug} ilike ${pattern}`,
    sql`array_to_string(${actors.aliases}, ' ') ilike ${pattern}`,
    sql`${actors.countryCode} = upper(${q})`,
  )!;
}

/** Actors whose names, aliases or country code match, those starting with the words first; merged ones never. */
export async function searchActors({ q, limit = 10 }: { q: string; limit?: number }): Promise<ActorChoice[]> {
  const rows = await getDb()
    .select({
      id: actors.id,
      slug: actors.slug,
      name: actors.nameEn,
      kind: actors.kind,
      countryCode: actors.countryCode,
      description: actors.description,
      aliases: actors.aliases,
    })
    .from(actors)
    .where(and(isNull(actors.mergedIntoId), isNull(actors.deletedAt), matches(q)))
    .orderBy(sql`(${actors.nameEn} ilike ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) desc`, asc(actors.nameEn))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind as ActorKind,
    countryCode: r.countryCode,
    hint: r.aliases.find((a) => a.toLowerCase().includes(q.toLowerCase())) ?? r.description?.slice(0, 80) ?? null,
  }));
}

export type AdminActorRow = {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode: string | null;
  entryCount: number;
  mergedIntoName: string | null;
  /** Whether the public site lists it (named by a published entry, or marked public). */
  shown: boolean;
};

export async function listAdminActors({
  q,
  includeMerged = false,
  page = 1,
  perPage = 100,
}: {
  q?: string;
  includeMerged?: boolean;
  page?: number;
  perPage?: number;
}): Promise<{ rows: AdminActorRow[]; total: number }> {
  const target = alias(actors, "target");
  const where = and(
    isNull(actors.deletedAt),
    includeMerged ? undefined : isNull(actors.mergedIntoId),
    q ? matches(q) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    getDb()
      .select({
        id: actors.id,
        slug: actors.slug,
        name: actors.nameEn,
        kind: actors.kind,
        countryCode: actors.countryCode,
        entryCount: sql<number>`(select count(distinct entry_actors.entry_id)::int from entry_actors where entry_actors.actor_id = actors.id)`,
        mergedIntoName: target.nameEn,
        shown: sql<boolean>`${isShownActor()}`,
      })
      .from(actors)
      .leftJoin(target, eq(target.id, actors.mergedIntoId))
      .where(where)
      .orderBy(asc(actors.nameEn))
      .limit(perPage)
      .offset((page - 1) * perPage),
    getDb().select({ n: sql<number>`count(*)::int` }).from(actors).where(where),
  ]);
  return { rows: rows as AdminActorRow[], total: count?.n ?? 0 };
}

export type ActorForEdit = {
  id: string;
  slug: string;
  kind: ActorKind;
  nameEn: string;
  nameHy: string | null;
  nameRu: string | null;
  aliases: string[];
  countryCode: string | null;
  parentId: string | null;
  parentName: string | null;
  wikidataId: string | null;
  existedFrom: string | null;
  existedUntil: string | null;
  description: string | null;
  mergedIntoId: string | null;
  public: boolean;
  /** Whether the public site shows it now (named by a published entry, or marked public). */
  shown: boolean;
  version: number;
  entryCount: number;
};

export async function getActorForEdit({ id }: { id: string }): Promise<ActorForEdit | null> {
  const parent = alias(actors, "parent");
  const [row] = await getDb()
    .select({
      id: actors.id,
      slug: actors.slug,
      kind: actors.kind,
      nameEn: actors.nameEn,
      nameHy: actors.nameHy,
      nameRu: actors.nameRu,
      aliases: actors.aliases,
      countryCode: actors.countryCode,
      parentId: actors.parentId,
      parentName: parent.nameEn,
      wikidataId: actors.wikidataId,
      existedFrom: actors.existedFrom,
      existedUntil: actors.existedUntil,
      description: actors.description,
      mergedIntoId: actors.mergedIntoId,
      public: actors.public,
      shown: sql<boolean>`${isShownActor()}`,
      version: actors.version,
      entryCount: sql<number>`(select count(distinct entry_actors.entry_id)::int from entry_actors where entry_actors.actor_id = actors.id)`,
    })
    .from(actors)
    .leftJoin(parent, eq(parent.id, actors.parentId))
    .where(and(eq(actors.id, id), isNull(actors.deletedAt)))
    .limit(1);
  return row ? ({ ...row, kind: row.kind as ActorKind } as ActorForEdit) : null;
}

export type ActorRevisionView = {
  id: number;
  version: number;
  createdAt: string;
  createdByName: string | null;
  changeNote: string | null;
  snapshot: unknown;
};

/** Every revision of an actor, newest first. */
export async function listActorRevisions({ actorId }: { actorId: string }): Promise<ActorRevisionView[]> {
  return getDb()
    .select({
      id: actorRevisions.id,
      version: actorRevisions.version,
      createdAt: isoTimestamp<string>(actorRevisions.createdAt),
      createdByName: users.name,
      changeNote: actorRevisions.changeNote,
      snapshot: actorRevisions.snapshot,
    })
    .from(actorRevisions)
    .leftJoin(users, eq(users.id, actorRevisions.createdById))
    .where(eq(actorRevisions.actorId, actorId))
    .orderBy(desc(actorRevisions.version));
}
