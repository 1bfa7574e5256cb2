// Public reads of actors: the directory, and one actor's page with its place in the hierarchy and its record.
import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type { ActorKind, ActorPosition, DatePrecision, DateQualifier, RecognitionAction, RecognitionLevel } from "@/lib/domain";
import { isPublic } from "@/lib/entries/read-model";
import { rowsOf } from "@/lib/rows";
import { isShownActor } from "./visibility";

const { actors, entries, entryActors } = schema;

export type ActorSummary = {
  slug: string;
  kind: ActorKind;
  name: string;
  nameHy: string | null;
  nameRu: string | null;
  countryCode: string | null;
  parent: { slug: string; name: string; nameHy?: string | null; nameRu?: string | null } | null;
  entryCount: number;
};

/** `nameHy`, `nameRu`: the names in Armenian and Russian, where the record has them and the query read them. */
export type ActorLink = { slug: string; name: string; nameHy?: string | null; nameRu?: string | null; kind: ActorKind };

export type ActorDetail = ActorSummary & {
  id: string;
  aliases: string[];
  wikidataId: string | null;
  existedFrom: string | null;
  existedUntil: string | null;
  description: string | null;
  positions: ActorPosition[];
  /** From the top of the hierarchy down to the direct parent: United States → California. */
  ancestors: ActorLink[];
  children: (ActorLink & { entryCount: number })[];
  firstDate: string | null;
  lastDate: string | null;
  updatedAt: string;
};

/** Live, and named by a published entry or marked public (./visibility.ts). */
const visible = isShownActor();
/** The ancestors' rows in the hierarchy query below. */
const ancestor = alias(actors, "a");

/** Published entries linked to an actor (correlated on the outer `actors` row). */
const publishedEntryCount = sql<number>`(select count(distinct ea.entry_id)::int from entry_actors ea
  join entries e on e.id = ea.entry_id
  where ea.actor_id = actors.id and e.status = 'published' and e.deleted_at is null)`;

/**
 * Published entries per actor, counted in one pass over the links: the correlated count above, run once per actor,
 * took 10 s for the directory at 100,000 entries (it re-read the links of every entry of a popular actor each time).
 */
const entryCountsByActor = sql`(select ea.actor_id, count(distinct ea.entry_id)::int as n from entry_actors ea
  join entries e on e.id = ea.entry_id
  where e.status = 'published' and e.deleted_at is null group by ea.actor_id) counts`;

export async function listActors(): Promise<ActorSummary[]> {
  const p = alias(actors, "p");
  const parent = sql`(select json_build_object('slug', p.slug, 'name', p.name_en, 'nameHy', p.name_hy, 'nameRu', p.name_ru) from actors p where p.id = actors.parent_id and ${isShownActor(p)})`;
  const rows = await getDb()
    .select({
      slug: actors.slug,
      kind: actors.kind,
      name: actors.nameEn,
      nameHy: actors.nameHy,
      nameRu: actors.nameRu,
      countryCode: actors.countryCode,
      parent: sql<ActorSummary["parent"]>`${parent}`,
      entryCount: sql<number>`coalesce(counts.n, 0)`,
    })
    .from(actors)
    .leftJoin(entryCountsByActor, sql`counts.actor_id = ${actors.id}`)
    .where(visible)
    .orderBy(asc(actors.nameEn));
  return rows as ActorSummary[];
}

export type ActorLookup = { actor: ActorDetail } | { mergedInto: string } | null;

/**
 * One actor by slug, if the public site shows it; an actor merged into another answers with the slug it now
 * lives under (when that one is shown). Hidden actors are `null`, as if they did not exist.
 */
export async function getActorBySlug({ slug }: { slug: string }): Promise<ActorLookup> {
  const db = getDb();
  const [row] = await db
    .select({
      id: actors.id,
      slug: actors.slug,
      kind: actors.kind,
      name: actors.nameEn,
      nameHy: actors.nameHy,
      nameRu: actors.nameRu,
      aliases: actors.aliases,
      countryCode: actors.countryCode,
      wikidataId: actors.wikidataId,
      existedFrom: actors.existedFrom,
      existedUntil: actors.existedUntil,
      description: actors.description,
      positions: actors.positions,
      mergedIntoId: actors.mergedIntoId,
      shown: sql<boolean>`${visible}`,
      updatedAt: sql<string>`to_char(${actors.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      entryCount: publishedEntryCount,
    })
    .from(actors)
    .where(and(eq(actors.slug, slug), isNull(actors.deletedAt)))
    .limit(1);
  if (!row) return null;
  if (row.mergedIntoId) {
    const [target] = await db.select({ slug: actors.slug }).from(actors).where(and(eq(actors.id, row.mergedIntoId), visible)).limit(1);
    return target ? { mergedInto: target.slug } : null;
  }
  if (!row.shown) return null;

  const [ancestorRows, childRows, [span]] = await Promise.all([
    db.execute(sql`
      with recursive up(id, parent_id, slug, name, name_hy, name_ru, kind, depth) as (
        select p.id, p.parent_id, p.slug, p.name_en, p.name_hy, p.name_ru, p.kind, 1 from actors p
          where p.id = (select parent_id from actors where id = ${row.id})
        union
        select p.id, p.parent_id, p.slug, p.name_en, p.name_hy, p.name_ru, p.kind, up.depth + 1 from actors p
          join up on p.id = up.parent_id where up.depth < 12
      )
      select up.slug, up.name, up.name_hy as "nameHy", up.name_ru as "nameRu", up.kind, up.depth from up join actors a on a.id = up.id
        where ${isShownActor(ancestor)} order by up.depth desc`),
    db
      .select({ slug: actors.slug, name: actors.nameEn, nameHy: actors.nameHy, nameRu: actors.nameRu, kind: actors.kind, entryCount: publishedEntryCount })
      .from(actors)
      .where(and(eq(actors.parentId, row.id), visible))
      .orderBy(asc(actors.nameEn)),
    db
      .select({ first: sql<string | null>`min(${entries.date})::text`, last: sql<string | null>`max(${entries.date})::text` })
      .from(entryActors)
      .innerJoin(entries, eq(entries.id, entryActors.entryId))
      .where(and(isPublic, eq(entryActors.actorId, row.id))),
  ]);
  const ancestors = rowsOf<ActorLink>(ancestorRows).map(({ slug, name, nameHy, nameRu, kind }) => ({ slug, name, nameHy, nameRu, kind }));
  const { mergedIntoId: _merged, shown: _shown, ...actor } = row;
  return {
    actor: {
      ...(actor as Omit<ActorDetail, "parent" | "ancestors" | "children" | "firstDate" | "lastDate">),
      parent: ancestors[ancestors.length - 1] ?? null,
      ancestors,
      children: childRows as ActorDetail["children"],
      firstDate: span?.first ?? null,
      lastDate: span?.last ?? null,
    },
  };
}

export type ActorRecognitionEvent = {
  slug: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  action: RecognitionAction;
  level: RecognitionLevel;
  /** The actor (this one or one below it) and the part it played. */
  actor: ActorLink;
  role: string;
};

export type ActorRecognitionGroup = "positions" | "offices" | "ties";
export type ActorRecognitionRecord = Record<ActorRecognitionGroup, { events: ActorRecognitionEvent[]; total: number }> & {
  /** This actor's own latest events per action (what its recognition status is decided from). */
  own: ActorRecognitionEvent[];
};

/**
 * Recognition events in which this actor, or any actor below it (California's cities on California's
 * page), acted, hosted or was the subject: the latest `perGroup` of each group (positions, offices,
 * twinnings) with the group's total, and the actor's own latest event per action for its status.
 */
export async function getActorRecognitionRecord({
  id,
  perGroup = 12,
  asOf = null,
}: {
  id: string;
  perGroup?: number;
  /** The record as it stood on that date (YYYY-MM-DD): events dated on or before it. */
  asOf?: string | null;
}): Promise<ActorRecognitionRecord> {
  const result = await getDb().execute(sql`
    with recursive tree(id, depth) as (
      select ${id}::uuid, 0
      union
      select a.id, tree.depth + 1 from actors a join tree on a.parent_id = tree.id
        where tree.depth < 12 and a.deleted_at is null
    ),
    events as (
      select e.slug, e.title, e.date::text as date, e.date_precision as "datePrecision",
        e.date_qualifier as "dateQualifier", e.recognition_action as action, e.recognition_level as level,
        json_build_object('slug', a.slug, 'name', a.name_en, 'nameHy', a.name_hy, 'nameRu', a.name_ru, 'kind', a.kind) as actor, ea.role,
        a.id = ${id}::uuid and ((ea.role = 'acting_body' and e.recognition_action <> 'representative_office')
          or (ea.role = 'host' and e.recognition_action = 'representative_office')) as own,
        case e.recognition_action when 'representative_office' then 'offices'
          when 'friendship_or_twinning' then 'ties' else 'positions' end as "group",
        e.date as sort_date, e.id as sort_id
      from entry_actors ea
      join (select distinct id from tree) t on t.id = ea.actor_id
      join entries e on e.id = ea.entry_id
      join actors a on a.id = ea.actor_id
      where e.kind = 'recognition' and e.status = 'published' and e.deleted_at is null
        and ea.role in ('acting_body', 'host', 'subject', 'participant')
        and ${asOf ? sql`e.date <= ${asOf}::date` : sql`true`}
    ),
    ranked as (
      select *, row_number() over (partition by "group" order by sort_date desc, sort_id desc) as n,
        count(*) over (partition by "group")::int as total,
        case when own then row_number() over (partition by own, action order by sort_date desc, sort_id desc) end as own_n
      from events
    )
    select * from ranked where n <= ${perGroup} or own_n = 1
    order by sort_date desc, sort_id desc`);
  type Row = ActorRecognitionEvent & { actor: ActorLink | string; own: boolean; group: ActorRecognitionGroup; n: number | string; total: number; own_n: number | string | null };
  const record: ActorRecognitionRecord = {
    positions: { events: [], total: 0 },
    offices: { events: [], total: 0 },
    ties: { events: [], total: 0 },
    own: [],
  };
  for (const row of rowsOf<Row>(result)) {
    const event: ActorRecognitionEvent = {
      slug: row.slug,
      title: row.title,
      date: row.date,
      datePrecision: row.datePrecision,
      dateQualifier: row.dateQualifier,
      action: row.action,
      level: row.level,
      actor: typeof row.actor === "string" ? (JSON.parse(row.actor) as ActorLink) : row.actor,
      role: row.role,
    };
    const group = record[row.group];
    group.total = row.total;
    if (Number(row.n) <= perGroup) group.events.push(event);
    if (row.own && Number(row.own_n) === 1) record.own.push(event);
  }
  return record;
}

/** Slugs and last changes of every actor the public site shows, for the sitemap. */
export async function listActorSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  return getDb()
    .select({
      slug: actors.slug,
      updatedAt: sql<string>`to_char(${actors.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
    })
    .from(actors)
    .where(visible)
    .orderBy(asc(actors.slug));
}
