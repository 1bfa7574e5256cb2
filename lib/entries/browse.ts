// Reads that help readers find their way in: the values each filter can take, and entries related to one.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { countryName, countryNameIn } from "@/lib/actors/country";
import { rowsOf } from "@/lib/rows";
import type { ActorKind, DatePrecision, DateQualifier, EntryKind, EntryTranslations } from "@/lib/domain";
import { isPublic } from "./read-model";

const { entries, entryActors, actors } = schema;

export type EntryFacets = {
  kinds: { kind: EntryKind; count: number }[];
  years: { year: number; count: number }[];
  tags: { tag: string; count: number }[];
  /** `nameHy`, `nameRu`: the actor's names in Armenian and Russian, where the record has them (lib/i18n/content.ts). */
  actors: { slug: string; name: string; nameHy: string | null; nameRu: string | null; kind: ActorKind; count: number }[];
  countries: { code: string; name: string; nameHy: string | null; nameRu: string | null; count: number }[];
};

/** Every value the /entries filters can take, with how many published entries carry it. */
export async function getEntryFacets(): Promise<EntryFacets> {
  const db = getDb();
  const [kinds, years, tags, actorRows, countryRows, states] = await Promise.all([
    db.select({ kind: entries.kind, count: sql<number>`count(*)::int` }).from(entries).where(isPublic).groupBy(entries.kind),
    db
      .select({ year: sql<number>`extract(year from ${entries.date})::int`, count: sql<number>`count(*)::int` })
      .from(entries)
      // An undated entry has no year: its stored date is its source's bound.
      .where(and(isPublic, sql`${entries.dateQualifier} is distinct from 'undated'`))
      .groupBy(sql`1`)
      .orderBy(sql`1 desc`),
    db
      .select({ tag: sql<string>`t.tag`, count: sql<number>`count(*)::int` })
      .from(sql`${entries} cross join lateral unnest(${entries.tags}) as t(tag)`)
      .where(isPublic)
      .groupBy(sql`t.tag`)
      .orderBy(sql`count(*) desc`, sql`t.tag`),
    db
      .select({
        slug: actors.slug,
        name: actors.nameEn,
        nameHy: actors.nameHy,
        nameRu: actors.nameRu,
        kind: actors.kind,
        count: sql<number>`count(distinct ${entries.id})::int`,
      })
      .from(entryActors)
      .innerJoin(entries, eq(entries.id, entryActors.entryId))
      .innerJoin(actors, eq(actors.id, entryActors.actorId))
      .where(and(isPublic, isNull(actors.deletedAt)))
      .groupBy(actors.slug, actors.nameEn, actors.nameHy, actors.nameRu, actors.kind)
      .orderBy(actors.nameEn),
    db
      .select({ code: sql<string>`split_part(${actors.countryCode}, '-', 1)`, count: sql<number>`count(distinct ${entries.id})::int` })
      .from(entryActors)
      .innerJoin(entries, eq(entries.id, entryActors.entryId))
      .innerJoin(actors, eq(actors.id, entryActors.actorId))
      .where(and(isPublic, sql`${actors.countryCode} is not null`))
      .groupBy(sql`1`),
    db
      .select({ code: actors.countryCode, name: actors.nameEn, nameHy: actors.nameHy, nameRu: actors.nameRu })
      .from(actors)
      .where(and(eq(actors.kind, "state"), isNull(actors.deletedAt), sql`length(${actors.countryCode}) = 2`)),
  ]);
  // The record's own name for a country ("Russia"), the standard's where the record has no state actor.
  const names = new Map(states.map((s) => [s.code!, s]));
  const order: EntryKind[] = ["statement", "meeting", "recognition"];
  return {
    kinds: order.map((kind) => ({ kind, count: kinds.find((k) => k.kind === kind)?.count ?? 0 })),
    years,
    tags,
    actors: actorRows as EntryFacets["actors"],
    countries: countryRows
      .map((c) => {
        const state = names.get(c.code);
        // The record's names for its state actor, else the standard's through Intl.
        return {
          ...c,
          name: state?.name ?? countryName(c.code),
          nameHy: state?.nameHy ?? (state ? null : countryNameIn(c.code, "hy")),
          nameRu: state?.nameRu ?? (state ? null : countryNameIn(c.code, "ru")),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "en")),
  };
}

export type RelatedEntry = {
  slug: string;
  kind: EntryKind;
  title: string;
  summary: string;
  translations: EntryTranslations;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  sharedActors: number;
};

/**
 * Entries sharing actors with this one, most related first, then the nearest in time. Each shared actor
 * counts for less the more entries it appears in (so Artsakh, in nearly every entry, weighs little and
 * California a lot), and half when the other entry only mentions it. This entry's passing mentions do not count.
 */
export async function getRelatedEntries({ id, limit = 5 }: { id: string; limit?: number }): Promise<RelatedEntry[]> {
  const result = await getDb().execute(sql`
    select e.slug, e.kind, e.title, e.summary, e.translations, e.date::text as date, e.date_precision as "datePrecision",
      e.date_qualifier as "dateQualifier", count(distinct ea.actor_id)::int as "sharedActors"
    from entry_actors mine
    cross join lateral (select count(*)::float8 as n from entry_actors x where x.actor_id = mine.actor_id) df
    join entry_actors ea on ea.actor_id = mine.actor_id and ea.entry_id <> mine.entry_id
    join entries e on e.id = ea.entry_id
    where mine.entry_id = ${id} and mine.role <> 'mentioned' and e.status = 'published' and e.deleted_at is null
    group by e.id
    order by sum(case when ea.role = 'mentioned' then 0.5 else 1 end / df.n) desc,
      abs(e.date - (select self.date from entries self where self.id = ${id})), e.id desc
    limit ${limit}`);
  return rowsOf<RelatedEntry>(result);
}
