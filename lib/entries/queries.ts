// Public reads of entries: only published, never deleted, returned as small objects the pages need.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
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
import { encodeCursor, type EntryCursor } from "./cursor";
import type { EntryFilters } from "./filters";
import { inflectedPrefixQuery, splitHyphenatedWords } from "./search-text";

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

/**
 * Full-text query over English stems and language-neutral words, so Armenian and Russian match too;
 * Armenian and Cyrillic words also match their inflected forms by prefix, and hyphenated words match as
 * their spaced parts (see search-text.ts). Pages, the API and the feeds all search through this.
 */
export function searchQuery(raw: string): SQL {
  const q = splitHyphenatedWords(raw);
  const prefix = inflectedPrefixQuery(q);
  const base = sql`websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q})`;
  return prefix ? sql`(${base} || to_tsquery('simple', ${prefix}))` : sql`(${base})`;
}

/** Relevance of an entry to a query: title matches weigh most, then summary, then body and quotes. */
export function searchRank(q: string): SQL<number> {
  return sql<number>`ts_rank(${entries.search}, ${searchQuery(q)})`;
}

/**
 * Entries linked to any actor matching `condition`. The matching actors are found first (a handful, an init
 * plan), so the links are read through their indexes; as a join inside `exists`, the planner hashed every link
 * of the record (a Seq Scan of entry_actors on each filtered search at 100,000 entries).
 */
function actorLinkCondition(condition: SQL): SQL {
  return sql`exists (select 1 from ${entryActors} where ${entryActors.entryId} = ${entries.id}
    and ${entryActors.actorId} = any(array(select ${actors.id} from ${actors} where ${condition})))`;
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

export { decodeCursor, encodeCursor, type EntryCursor } from "./cursor";

/**
 * Date order spelled as the indexes are built (drizzle-kit writes `DESC NULLS LAST`): a plain `desc` means
 * NULLS FIRST, which the planner will not serve from those indexes, and it sorts the whole table instead.
 * The columns are NOT NULL, so the order is the same.
 */
export const NEWEST_FIRST = [sql`${entries.date} desc nulls last`, sql`${entries.id} desc nulls last`];
const OLDEST_FIRST = [sql`${entries.date} asc nulls first`, sql`${entries.id} asc nulls first`];

/** "newest": by date, newest first. "relevance": by full-text rank, then newest (only with a `q`). */
export type EntryOrder = "newest" | "relevance";

export type EntryPage = {
  items: EntryCard[];
  /** Cursor for the next (older or less relevant) page, when there is one. */
  nextCursor: string | null;
  /** Cursor for the previous page (`before`), when this page is not the first. */
  prevCursor: string | null;
};

/**
 * One page of published entries. Keyset pagination on (date, id), or (rank, date, id) when ranked:
 * the row comparison is an index condition, so a page deep into the record costs what the first does.
 * `direction: "before"` reads the page that ends just before the cursor (the "newer" link).
 */
export async function listPublishedEntries({
  filters = {},
  cursor,
  direction = "after",
  order = "newest",
  limit = 20,
}: {
  filters?: EntryFilters;
  cursor?: EntryCursor | null;
  direction?: "after" | "before";
  order?: EntryOrder;
  limit?: number;
}): Promise<EntryPage> {
  const ranked = order === "relevance" && Boolean(filters.q);
  const rank = ranked ? searchRank(filters.q!) : null;
  const conditions = filterConditions(filters);
  if (cursor) {
    const mine = rank ? sql`(${rank}, ${entries.date}, ${entries.id})` : sql`(${entries.date}, ${entries.id})`;
    const theirs = rank
      ? sql`(${cursor.rank ?? 0}::real, ${cursor.date}::date, ${cursor.id}::uuid)`
      : sql`(${cursor.date}::date, ${cursor.id}::uuid)`;
    conditions.push(direction === "after" ? sql`${mine} < ${theirs}` : sql`${mine} > ${theirs}`);
  }
  const orderBy = [
    ...(rank ? [direction === "after" ? sql`${rank} desc` : sql`${rank} asc`] : []),
    ...(direction === "after" ? NEWEST_FIRST : OLDEST_FIRST),
  ];
  const rows = (await getDb()
    .select({ ...cardColumns, rank: rank ?? sql<null>`null` })
    .from(entries)
    .where(and(...conditions))
    .orderBy(...orderBy)
    .limit(limit + 1)) as (CardRow & { rank: number | null })[];
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (direction === "before") page.reverse();
  const cursorOf = (r: (typeof page)[number] | undefined) =>
    r ? encodeCursor(r.rank === null ? { date: r.date, id: r.id } : { date: r.date, id: r.id, rank: Number(r.rank) }) : null;
  const hasNext = direction === "after" ? more : Boolean(cursor);
  const hasPrev = direction === "after" ? Boolean(cursor) : more;
  const items = await withActors(page.map(({ rank: _rank, ...card }) => card));
  return {
    items,
    nextCursor: hasNext ? cursorOf(page[page.length - 1]) : null,
    prevCursor: hasPrev && page.length > 0 ? cursorOf(page[0]) : null,
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

/** Slugs and last changes of published entries, newest first, for the sitemap (at most `limit`). */
export async function listEntrySlugs({ limit }: { limit: number }): Promise<{ slug: string; updatedAt: string }[]> {
  return getDb()
    .select({ slug: entries.slug, updatedAt: isoTimestamp<string>(entries.updatedAt) })
    .from(entries)
    .where(isPublic)
    .orderBy(...NEWEST_FIRST)
    .limit(limit);
}
