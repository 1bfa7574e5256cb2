// The public listing of entries: filters, full-text search and its rank, keyset pages in date or relevance
// order, counts, and the sitemap's slugs. Only published, never deleted entries.
import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { encodeCursor, type EntryCursor } from "./cursor";
import type { EntryFilters } from "./filters";
import { cardColumns, isoTimestamp, isPublic, withActors, type CardRow, type EntryCard } from "./read-model";
import { inflectedPrefixQuery, splitHyphenatedWords } from "./search-text";

const { entries, entryActors, actors } = schema;

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
    // An undated entry's stored date is a bound, not its date: it is never counted under a year.
    conditions.push(
      sql`${entries.date} >= ${`${filters.year}-01-01`} and ${entries.date} < ${`${filters.year + 1}-01-01`} and ${entries.dateQualifier} is distinct from 'undated'`,
    );
  }
  if (filters.as_of) conditions.push(sql`${entries.date} <= ${filters.as_of}`);
  // The counts are kept on the row by every write; each filter has a partial index in date order.
  if (filters.sourcing === "single") conditions.push(sql`${entries.sourceCount} = 1`);
  if (filters.sourcing === "no-primary") conditions.push(sql`${entries.primarySourceCount} = 0`);
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

/** Slugs and last changes of published entries, newest first, for the sitemap (at most `limit`). */
export async function listEntrySlugs({ limit }: { limit: number }): Promise<{ slug: string; updatedAt: string }[]> {
  return getDb()
    .select({ slug: entries.slug, updatedAt: isoTimestamp<string>(entries.updatedAt) })
    .from(entries)
    .where(isPublic)
    .orderBy(...NEWEST_FIRST)
    .limit(limit);
}
