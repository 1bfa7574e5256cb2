// Public reads for the recognition tracker: the table of events, the counts, and the maps' data.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type { ActorLink } from "@/lib/actors/queries";
import type { EntryTranslations } from "@/lib/domain";
import { rowsOf } from "@/lib/rows";
import {
  RECOGNITION_ACTIONS,
  RECOGNITION_LEVELS,
  type DatePrecision,
  type DateQualifier,
  type RecognitionAction,
  type RecognitionLevel,
  type Vote,
} from "@/lib/domain";
import { isPublic } from "@/lib/entries/read-model";
import type { RecognitionQuery } from "./filters";
import type { ActorActionEvent, MapActor } from "./shading";

const { entries, entryActors, actors, sources } = schema;

export type RecognitionRow = {
  id: string;
  slug: string;
  title: string;
  /** The title in Armenian and Russian, where an editor gave it (lib/i18n/content.ts). */
  translations: EntryTranslations;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  action: RecognitionAction;
  level: RecognitionLevel;
  instrument: string | null;
  vote: Vote | null;
  stageCount: number;
  /** Who acted: the acting bodies, or for a representative office the host. */
  jurisdictions: ActorLink[];
  source: { title: string; publisher: string | null; url: string | null; archiveUrl: string | null } | null;
  sourceCount: number;
};

/** The jurisdiction of an event: its acting bodies, except that an office belongs to the country hosting it. */
const JURISDICTION_ROLE = sql`((ea.role = 'acting_body' and e.recognition_action <> 'representative_office')
  or (ea.role = 'host' and e.recognition_action = 'representative_office'))`;

const firstJurisdictionName = sql`(select a.name_en from entry_actors ea join actors a on a.id = ea.actor_id
  join entries e on e.id = ea.entry_id where ea.entry_id = entries.id and ${JURISDICTION_ROLE}
  order by ea.position limit 1)`;

function position(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`array_position(array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[], ${column})`;
}

/** Facts dated on or before the date (an undated entry by its source's bound). */
const asOfCondition = (asOf: string | null | undefined) => (asOf ? sql`e.date <= ${asOf}::date` : sql`true`);

function conditions(query: Pick<RecognitionQuery, "action" | "level" | "asOf">): SQL {
  return and(
    isPublic,
    eq(entries.kind, "recognition"),
    query.asOf ? sql`${entries.date} <= ${query.asOf}::date` : undefined,
    query.action ? eq(entries.recognitionAction, query.action) : undefined,
    query.level ? eq(entries.recognitionLevel, query.level) : undefined,
  )!;
}

export async function listRecognitionEvents({
  query,
  pageSize = 50,
}: {
  query: RecognitionQuery;
  pageSize?: number;
}): Promise<{ rows: RecognitionRow[]; total: number }> {
  const db = getDb();
  // Spelled as the indexes are built (NULLS LAST descending, FIRST ascending; the columns are NOT NULL): a plain
  // desc is not served by entries_kind_date_idx, and every recognition event was sorted for each page.
  const dir = (column: SQL | AnyPgColumn) => (query.order === "asc" ? sql`${column} asc nulls first` : sql`${column} desc nulls last`);
  // An event no jurisdiction acted in (the overview's "rest of the international community") sorts after the
  // named ones either way; this sort reads a subquery, so no index order is at stake.
  const byName = (column: SQL) => (query.order === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`);
  const sortColumn =
    query.sort === "jurisdiction"
      ? null
      : query.sort === "level"
        ? position(entries.recognitionLevel, RECOGNITION_LEVELS)
        : query.sort === "action"
          ? position(entries.recognitionAction, RECOGNITION_ACTIONS)
          : entries.date;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: entries.id,
        slug: entries.slug,
        title: entries.title,
        translations: entries.translations,
        date: entries.date,
        datePrecision: entries.datePrecision,
        dateQualifier: entries.dateQualifier,
        action: entries.recognitionAction,
        level: entries.recognitionLevel,
        instrument: sql<string | null>`${entries.details}->>'instrument'`,
        vote: sql<Vote | null>`case when jsonb_typeof(${entries.details}->'vote') = 'object' then ${entries.details}->'vote' end`,
        stageCount: sql<number>`coalesce(jsonb_array_length(case when jsonb_typeof(${entries.details}->'stages') = 'array' then ${entries.details}->'stages' end), 0)`,
        sourceCount: entries.sourceCount,
      })
      .from(entries)
      .where(conditions(query))
      .orderBy(
        sortColumn ? dir(sortColumn) : byName(sql`lower(${firstJurisdictionName})`),
        ...(query.sort === "date" ? [] : [sql`${entries.date} desc nulls last`]),
        dir(entries.id),
      )
      .limit(pageSize)
      .offset((query.page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(entries).where(conditions(query)),
  ]);
  const ids = rows.map((r) => r.id);
  const [links, firstSources] = await Promise.all([
    ids.length
      ? db.execute(sql`select ea.entry_id as "entryId", a.slug, a.name_en as name, a.name_hy as "nameHy", a.name_ru as "nameRu", a.kind
          from entry_actors ea join actors a on a.id = ea.actor_id join entries e on e.id = ea.entry_id
          where ea.entry_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and ${JURISDICTION_ROLE}
          order by ea.position`)
      : Promise.resolve([]),
    ids.length
      ? db
          .selectDistinctOn([sources.entryId], {
            entryId: sources.entryId,
            title: sources.title,
            publisher: sources.publisher,
            url: sources.url,
            archiveUrl: sources.archiveUrl,
          })
          .from(sources)
          .where(inArray(sources.entryId, ids))
          .orderBy(sources.entryId, asc(sources.position))
      : Promise.resolve([]),
  ]);
  const byEntry = new Map<string, ActorLink[]>();
  for (const { entryId, ...link } of rowsOf<ActorLink & { entryId: string }>(links)) {
    byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), link]);
  }
  const sourceOf = new Map(firstSources.map(({ entryId, ...s }) => [entryId, s]));
  return {
    rows: rows.map((r) => ({ ...r, jurisdictions: byEntry.get(r.id) ?? [], source: sourceOf.get(r.id) ?? null })) as RecognitionRow[],
    total: count?.n ?? 0,
  };
}

export type RecognitionSummary = {
  total: number;
  byAction: { action: RecognitionAction; count: number }[];
  byLevel: { level: RecognitionLevel; count: number }[];
  jurisdictions: number;
};

export async function getRecognitionSummary(asOf: string | null = null): Promise<RecognitionSummary> {
  const db = getDb();
  const all = conditions({ asOf: asOf ?? undefined });
  const [byAction, byLevel, jurisdictions] = await Promise.all([
    db.select({ action: entries.recognitionAction, count: sql<number>`count(*)::int` }).from(entries).where(all).groupBy(entries.recognitionAction),
    db.select({ level: entries.recognitionLevel, count: sql<number>`count(*)::int` }).from(entries).where(all).groupBy(entries.recognitionLevel),
    db.execute<{ n: number }>(sql`select count(distinct ea.actor_id)::int as n from entry_actors ea join entries e on e.id = ea.entry_id
      where e.kind = 'recognition' and e.status = 'published' and e.deleted_at is null and ${JURISDICTION_ROLE}
        and ${asOfCondition(asOf)}`),
  ]);
  return {
    total: byAction.reduce((n, r) => n + r.count, 0),
    byAction: RECOGNITION_ACTIONS.map((action) => ({ action, count: byAction.find((r) => r.action === action)?.count ?? 0 })),
    byLevel: RECOGNITION_LEVELS.map((level) => ({ level, count: byLevel.find((r) => r.level === level)?.count ?? 0 })),
    jurisdictions: rowsOf<{ n: number }>(jurisdictions)[0]?.n ?? 0,
  };
}

/**
 * What the maps need: for each acting actor, action and level, the latest event (the aggregation happens
 * here, so the page gets hundreds of rows however many events there are), and every actor's code and parent.
 */
export async function getMapData(asOf: string | null = null): Promise<{ actors: MapActor[]; events: ActorActionEvent[] }> {
  const db = getDb();
  const [actorRows, eventRows] = await Promise.all([
    db
      .select({
        id: actors.id,
        slug: actors.slug,
        name: actors.nameEn,
        nameHy: actors.nameHy,
        nameRu: actors.nameRu,
        countryCode: actors.countryCode,
        parentId: actors.parentId,
      })
      .from(actors)
      .where(isNull(actors.deletedAt)),
    db.execute(sql`
      select distinct on (ea.actor_id, e.recognition_action, e.recognition_level)
        ea.actor_id as "actorId", e.recognition_action as action, e.recognition_level as level,
        e.date::text as date, e.date_precision as "datePrecision", e.date_qualifier as "dateQualifier", e.slug as "entrySlug"
      from entry_actors ea join entries e on e.id = ea.entry_id
      where e.kind = 'recognition' and e.status = 'published' and e.deleted_at is null and ${JURISDICTION_ROLE}
        and ${asOfCondition(asOf)}
      order by ea.actor_id, e.recognition_action, e.recognition_level, e.date desc, e.id desc`),
  ]);
  return { actors: actorRows, events: rowsOf<ActorActionEvent>(eventRows) };
}
