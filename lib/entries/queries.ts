// Public reads of entries: only published, never deleted, returned as small objects the pages need.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type {
  ActorKind,
  ActorRole,
  DatePrecision,
  DateQualifier,
  EntryDetails,
  EntryKind,
  EntryTranslations,
  Language,
  SourceTier,
} from "@/lib/domain";
import type { EntryFilters } from "./filters";

const { entries, entryActors, actors, sources } = schema;

export type EntryActorLink = {
  slug: string;
  name: string;
  kind: ActorKind;
  role: ActorRole;
  titleAtTime: string | null;
};

export type EntryCard = {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  summary: string;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  place: string | null;
  tags: string[];
  actors: EntryActorLink[];
  sourceCount: number;
  /** ISO 8601 timestamps: DTOs stay plain JSON so they can be cached and serialised as they are. */
  publishedAt: string | null;
  updatedAt: string;
};

export type PublicSource = {
  url: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  accessedOn: string | null;
  archiveUrl: string | null;
  language: string | null;
  quote: string | null;
  quoteTranslation: string | null;
  locator: string | null;
  tier: SourceTier;
  linkStatus: string;
};

export type EntryDetail = EntryCard & {
  body: string;
  originalLanguage: Language;
  translations: EntryTranslations;
  details: EntryDetails;
  recognitionAction: string | null;
  recognitionLevel: string | null;
  correctionNote: string | null;
  correctedAt: string | null;
  sources: PublicSource[];
};

/** A timestamp column as an ISO 8601 string in UTC. */
export function isoTimestamp<T extends string | null>(column: AnyPgColumn): SQL<T> {
  return sql<T>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export const isPublic = and(eq(entries.status, "published"), isNull(entries.deletedAt))!;

export const cardColumns = {
  id: entries.id,
  slug: entries.slug,
  kind: entries.kind,
  title: entries.title,
  summary: entries.summary,
  date: entries.date,
  datePrecision: entries.datePrecision,
  dateQualifier: entries.dateQualifier,
  place: entries.place,
  tags: entries.tags,
  publishedAt: isoTimestamp<string | null>(entries.publishedAt),
  updatedAt: isoTimestamp<string>(entries.updatedAt),
  // Written out in full: Drizzle leaves columns in a select list unqualified, and "id" would bind to sources.id.
  sourceCount: sql<number>`(select count(*)::int from sources where sources.entry_id = entries.id)`,
};

/** Full-text query over English stems and language-neutral words, so Armenian and Russian match too. */
export function searchQuery(q: string): SQL {
  return sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q}))`;
}

function actorLinkCondition(condition: SQL): SQL {
  return sql`exists (select 1 from ${entryActors} join ${actors} on ${actors.id} = ${entryActors.actorId}
    where ${entryActors.entryId} = ${entries.id} and ${condition})`;
}

export function filterConditions(filters: EntryFilters): SQL[] {
  const conditions: SQL[] = [isPublic];
  if (filters.kind) conditions.push(eq(entries.kind, filters.kind));
  if (filters.year) {
    conditions.push(
      sql`${entries.date} >= ${`${filters.year}-01-01`} and ${entries.date} < ${`${filters.year + 1}-01-01`}`,
    );
  }
  if (filters.tag) conditions.push(sql`${entries.tags} @> array[${filters.tag}]::text[]`);
  if (filters.actor) conditions.push(actorLinkCondition(sql`${actors.slug} = ${filters.actor}`));
  if (filters.country) {
    // A country includes its subdivisions: US matches US-CA.
    conditions.push(
      actorLinkCondition(sql`(${actors.countryCode} = ${filters.country} or ${actors.countryCode} like ${`${filters.country}-%`})`),
    );
  }
  if (filters.q) conditions.push(sql`${entries.search} @@ ${searchQuery(filters.q)}`);
  return conditions;
}

export async function actorsFor(entryIds: string[]): Promise<Map<string, EntryActorLink[]>> {
  const byEntry = new Map<string, EntryActorLink[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await getDb()
    .select({
      entryId: entryActors.entryId,
      slug: actors.slug,
      name: actors.nameEn,
      kind: actors.kind,
      role: entryActors.role,
      titleAtTime: entryActors.titleAtTime,
    })
    .from(entryActors)
    .innerJoin(actors, eq(actors.id, entryActors.actorId))
    .where(inArray(entryActors.entryId, entryIds))
    .orderBy(asc(entryActors.entryId), asc(entryActors.position));
  for (const { entryId, ...link } of rows) {
    const list = byEntry.get(entryId) ?? [];
    list.push(link as EntryActorLink);
    byEntry.set(entryId, list);
  }
  return byEntry;
}

type CardRow = Omit<EntryCard, "actors">;

async function withActors(rows: CardRow[]): Promise<EntryCard[]> {
  const links = await actorsFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, actors: links.get(r.id) ?? [] }) as EntryCard);
}

/** Keyset cursor over (date, id), newest first: stable and fast however deep the page. */
export function encodeCursor(row: { date: string; id: string }): string {
  return Buffer.from(`${row.date}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { date: string; id: string } | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/.exec(text);
  return m ? { date: m[1]!, id: m[2]! } : null;
}

export async function listPublishedEntries({
  filters = {},
  cursor,
  limit = 20,
}: {
  filters?: EntryFilters;
  cursor?: { date: string; id: string } | null;
  limit?: number;
}): Promise<{ items: EntryCard[]; nextCursor: string | null }> {
  const conditions = filterConditions(filters);
  if (cursor) {
    conditions.push(or(lt(entries.date, cursor.date), and(eq(entries.date, cursor.date), lt(entries.id, cursor.id)))!);
  }
  const rows = await getDb()
    .select(cardColumns)
    .from(entries)
    .where(and(...conditions))
    .orderBy(desc(entries.date), desc(entries.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit) as CardRow[];
  const last = page[page.length - 1];
  return {
    items: await withActors(page),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

export async function countPublishedEntries({ filters = {} }: { filters?: EntryFilters }): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(entries)
    .where(and(...filterConditions(filters)));
  return row?.n ?? 0;
}

export const detailColumns = {
  ...cardColumns,
  body: entries.body,
  originalLanguage: entries.originalLanguage,
  translations: entries.translations,
  details: entries.details,
  recognitionAction: entries.recognitionAction,
  recognitionLevel: entries.recognitionLevel,
  correctionNote: entries.correctionNote,
  correctedAt: isoTimestamp<string | null>(entries.correctedAt),
};

export const publicSourceColumns = {
  url: sources.url,
  title: sources.title,
  publisher: sources.publisher,
  author: sources.author,
  publishedOn: sources.publishedOn,
  accessedOn: sources.accessedOn,
  archiveUrl: sources.archiveUrl,
  language: sources.language,
  quote: sources.quote,
  quoteTranslation: sources.quoteTranslation,
  locator: sources.locator,
  tier: sources.tier,
  linkStatus: sources.linkStatus,
};

export async function getPublishedEntryBySlug({ slug }: { slug: string }): Promise<EntryDetail | null> {
  const db = getDb();
  const [row] = await db
    .select(detailColumns)
    .from(entries)
    .where(and(isPublic, eq(entries.slug, slug)))
    .limit(1);
  if (!row) return null;
  const [links, sourceRows] = await Promise.all([
    actorsFor([row.id]),
    db
      .select(publicSourceColumns)
      .from(sources)
      .where(eq(sources.entryId, row.id))
      .orderBy(asc(sources.position)),
  ]);
  return { ...row, actors: links.get(row.id) ?? [], sources: sourceRows } as EntryDetail;
}

export type RecordFigures = {
  entriesByKind: Record<EntryKind, number>;
  actors: number;
  recognisingJurisdictions: number;
  latestMeeting: { slug: string; title: string; date: string; datePrecision: DatePrecision } | null;
};

export async function getRecordFigures(): Promise<RecordFigures> {
  const db = getDb();
  const [kinds, [actorCount], [recognising], [latestMeeting]] = await Promise.all([
    db
      .select({ kind: entries.kind, n: sql<number>`count(*)::int` })
      .from(entries)
      .where(isPublic)
      .groupBy(entries.kind),
    db.select({ n: sql<number>`count(*)::int` }).from(actors).where(and(isNull(actors.deletedAt), isNull(actors.mergedIntoId))),
    db
      .select({ n: sql<number>`count(distinct ${entryActors.actorId})::int` })
      .from(entries)
      .innerJoin(entryActors, and(eq(entryActors.entryId, entries.id), eq(entryActors.role, "acting_body")))
      .where(and(isPublic, inArray(entries.recognitionAction, ["recognizes_independence", "mutual_recognition"]))),
    db
      .select({ slug: entries.slug, title: entries.title, date: entries.date, datePrecision: entries.datePrecision })
      .from(entries)
      .where(and(isPublic, eq(entries.kind, "meeting")))
      .orderBy(desc(entries.date), desc(entries.id))
      .limit(1),
  ]);
  const entriesByKind = { statement: 0, meeting: 0, recognition: 0 };
  for (const k of kinds) entriesByKind[k.kind as EntryKind] = k.n;
  return {
    entriesByKind,
    actors: actorCount?.n ?? 0,
    recognisingJurisdictions: recognising?.n ?? 0,
    latestMeeting: (latestMeeting as RecordFigures["latestMeeting"]) ?? null,
  };
}
