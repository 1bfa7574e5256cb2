// The public listing of entries: filters, full-text search and its rank, keyset pages in date or relevance
// order, counts, and the sitemap's slugs. Only published, never deleted entries.
import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb, schema } from "@/db";
import { encodeCursor, type EntryCursor } from "./cursor";
import type { EntryFilters } from "./filters";
import { cardColumns, isoTimestamp, isPublic, withActors, type CardRow, type EntryCard } from "./read-model";
import { rowsOf } from "@/lib/rows";
import type { Executor } from "@/lib/tx";
import { crossScriptKeyQuery, inflectedPrefixQuery, splitHyphenatedWords, usesSearchOperators } from "./search-text";
import { hasNonLatinLetters, nameKey, toLatin } from "./transliterate";

const { entries, entryActors, actors } = schema;

/** An actor a query names brings at most this many of its names and aliases into the query. */
const MAX_NAMES = 24;

/**
 * One query text as tsquery alternatives: English stems and language-neutral words (so Armenian and Russian
 * match as written); Armenian and Cyrillic words also by their inflected forms' prefix and in Latin letters with
 * English stems ("Степанакерт" finds "Stepanakert's"); hyphenated words as their spaced parts; and every word, in
 * any script, through the key lexemes (crossScriptKeyQuery, transliterate.ts). Few alternatives on purpose:
 * the planner prices a GIN scan and estimates its rows per alternative.
 */
function textQuery(raw: string): SQL {
  const q = splitHyphenatedWords(raw);
  const parts = [sql`websearch_to_tsquery('english', ${q})`, sql`websearch_to_tsquery('simple', ${q})`];
  const prefix = inflectedPrefixQuery(q);
  if (prefix) parts.push(sql`to_tsquery('simple', ${prefix})`);
  if (hasNonLatinLetters(q)) parts.push(sql`websearch_to_tsquery('english', ${toLatin(q)})`);
  const keys = crossScriptKeyQuery(q);
  if (keys) parts.push(sql`to_tsquery('simple', ${keys})`);
  return sql.join(parts, sql` || `);
}

/**
 * The names and aliases, in all three scripts, of the actors a query names as a whole ("Transnistria",
 * "Приднестровье", "Lavrov", "Лавров"), found by the loose Latin key of their names (actors.search_keys, GIN).
 */
export async function namesOfActorsNamed(q: string): Promise<string[]> {
  if (usesSearchOperators(q)) return [];
  const key = nameKey(q);
  if (!key) return [];
  return namesOfActorsKeyed(key);
}

/**
 * Looked up once per request and key: a results page builds the query four times (the page, its count, the
 * highlights of titles and of excerpts). Outside a server render (a route handler, a script) it is a plain call.
 */
const namesOfActorsKeyed = cache(async (key: string): Promise<string[]> => {
  const rows = await getDb()
    .select({ nameEn: actors.nameEn, nameHy: actors.nameHy, nameRu: actors.nameRu, aliases: actors.aliases })
    .from(actors)
    .where(and(sql`${actors.searchKeys} @> array[${key}]::text[]`, isNull(actors.deletedAt), isNull(actors.mergedIntoId)))
    .orderBy(actors.slug)
    .limit(5);
  const names = new Set<string>();
  for (const row of rows) {
    for (const name of [row.nameEn, row.nameHy, row.nameRu, ...row.aliases]) if (name && name.trim()) names.add(name.trim());
  }
  return [...names].slice(0, MAX_NAMES);
});

/**
 * The full-text query of a search, as a SQL tsquery. When the query names an actor, every name and alias of
 * that actor joins it, so "Приднестровье" finds what "Transnistria" finds, names written in text included. Pages,
 * the API, the feeds and the highlights all search through this.
 */
export async function searchQuery(raw: string, { forHighlights = false } = {}): Promise<SQL> {
  const own = crossScriptKeyQuery(raw);
  const actorNames = await namesOfActorsNamed(raw);
  // A name joins by its key lexemes only: they cover its words in every script, written in text or as a name.
  const names = new Set(actorNames.map(crossScriptKeyQuery).filter((k): k is string => Boolean(k) && k !== own));
  const alternatives = [textQuery(raw), ...[...names].map((k) => sql`to_tsquery('simple', ${k})`)];
  // ts_headline reads the text's own words, never the key lexemes: the names as written mark them.
  if (forHighlights) for (const name of actorNames) alternatives.push(sql`websearch_to_tsquery('simple', ${name})`);
  return sql`(${sql.join(alternatives, sql` || `)})`;
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

/**
 * The conditions of a view. With a `q`, its tsquery is built once (it looks up the actors the query names) and
 * may be passed in by a caller that needs it again (the rank).
 */
export async function filterConditions(filters: EntryFilters, query?: SQL, { published = true } = {}): Promise<SQL[]> {
  const conditions: SQL[] = published ? [isPublic] : [];
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
  if (filters.q) conditions.push(sql`${entries.search} @@ ${query ?? (await searchQuery(filters.q))}`);
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
 * Relevance is computed for the newest RANK_WINDOW matches of a search (chosen by the date index or, for rarer
 * words, the GIN index), never for all: a common word matches a sizeable share of the record, and ranking every
 * match costs a visit of each. Matches older than the window follow it, newest first. The page's count stops
 * at the same figure (COUNT_CAP: "1,000+ entries").
 */
export const RANK_WINDOW = 1000;
export const COUNT_CAP = 1000;

/**
 * The entries matching a search's conditions, as a relation named "entries" (so the columns read as they do on
 * the table), behind an optimisation fence (OFFSET 0): inside, the view's own conditions (the tsquery, kind, year,
 * tag, actor, country); "published and not deleted" is applied outside. Otherwise the planner used the partial
 * date index's bitmap for that condition (every public row) and evaluated the tsquery on each of them.
 */
async function searchedEntries(filters: EntryFilters, query: SQL): Promise<SQL> {
  const inner = await filterConditions(filters, query, { published: false });
  return sql`(select * from ${entries} where ${and(...inner)} offset 0) as ${entries}`;
}

/**
 * Runs a search's reads with sequential scans off (local to the transaction). With searchedEntries' fence, the
 * GIN index is then the only way to the matches: inside the fence there is nothing else to scan by, and outside it
 * there is no table to walk in date order. The planner cannot estimate a tsquery of many alternatives (a name in
 * three scripts, its aliases, prefixes): at 100,000 entries it took 2,500 matches for 49,000 and chose to read the
 * table or the date index row by row, evaluating the query on each (0.6–0.9 s), where the bitmap takes 15 ms.
 * A bitmap's cost is the number of matches, which the window and the count cap bound. Index scans stay on for
 * the rest (an actor filter's links).
 */
async function searchReads<T>(run: (tx: Executor) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
    return run(tx);
  });
}

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
  if (order === "relevance" && filters.q) return rankedPage({ filters, q: filters.q, cursor, direction, limit });
  const orderBy = direction === "after" ? NEWEST_FIRST : OLDEST_FIRST;
  const mine = sql`(${entries.date}, ${entries.id})`;
  const theirs = cursor ? sql`(${cursor.date}::date, ${cursor.id}::uuid)` : null;
  const bound = !theirs ? sql`true` : direction === "after" ? sql`${mine} < ${theirs}` : sql`${mine} > ${theirs}`;
  let rows: CardRow[];
  if (filters.q) {
    // A search newest first: the keys from the GIN index's matches (searchReads), then the page's cards.
    const matches = await searchedEntries(filters, await searchQuery(filters.q));
    const result = await searchReads((tx) =>
      tx.execute(sql`select ${entries.id} as id from ${matches} where ${isPublic} and ${bound} order by ${sql.join(orderBy, sql`, `)} limit ${limit + 1}`),
    );
    rows = await cardsInOrder(rowsOf<{ id: string }>(result).map((r) => r.id));
  } else {
    const conditions = [...(await filterConditions(filters)), bound];
    rows = (await getDb().select(cardColumns).from(entries).where(and(...conditions)).orderBy(...orderBy).limit(limit + 1)) as CardRow[];
  }
  return pageOf(rows, { cursor, direction, limit, rankOf: () => null });
}

/** The cards of the given entries, in the given order. */
async function cardsInOrder(ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  const cards = (await getDb().select(cardColumns).from(entries).where(inArray(entries.id, ids))) as CardRow[];
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is CardRow => Boolean(c));
}

async function pageOf(
  rows: CardRow[],
  { cursor, direction, limit, rankOf }: { cursor?: EntryCursor | null; direction: "after" | "before"; limit: number; rankOf: (id: string) => number | null },
): Promise<EntryPage> {
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (direction === "before") page.reverse();
  const cursorOf = (r: CardRow | undefined) => {
    if (!r) return null;
    const rank = rankOf(r.id);
    return encodeCursor(rank === null ? { date: r.date, id: r.id } : { date: r.date, id: r.id, rank });
  };
  const hasNext = direction === "after" ? more : Boolean(cursor);
  const hasPrev = direction === "after" ? Boolean(cursor) : more;
  return {
    items: await withActors(page),
    nextCursor: hasNext ? cursorOf(page[page.length - 1]) : null,
    prevCursor: hasPrev && page.length > 0 ? cursorOf(page[0]) : null,
  };
}

/**
 * A page in relevance order. The newest RANK_WINDOW matches are ranked (1 + ts_rank, title matches first);
 * when there are more, the older ones follow with rank 0, newest first, read from the date index. The keys of
 * the page are read first (ids, dates, ranks: a cursor of (rank, date, id) selects the window's part or the
 * tail's), then the page's cards by id.
 */
async function rankedPage({
  filters,
  q,
  cursor,
  direction,
  limit,
}: {
  filters: EntryFilters;
  q: string;
  cursor?: EntryCursor | null;
  direction: "after" | "before";
  limit: number;
}): Promise<EntryPage> {
  const query = await searchQuery(q);
  const where = and(...(await filterConditions(filters, query)))!;
  const matches = await searchedEntries(filters, query);
  const take = limit + 1;
  const after = direction === "after";
  const inTail = cursor ? (cursor.rank ?? 0) < 1 : false;
  const theirs = cursor ? sql`(${cursor.rank ?? 0}::real, ${cursor.date}::date, ${cursor.id}::uuid)` : null;
  const windowCondition = !cursor ? sql`true` : inTail ? (after ? sql`false` : sql`true`) : after ? sql`(rank, date, id) < ${theirs}` : sql`(rank, date, id) > ${theirs}`;
  const dir = after ? sql`desc` : sql`asc`;
  type Key = { id: string; date: string; rank: number | string };
  // The window: its part of the page, its size and its oldest match (where the tail starts).
  const windowResult = await searchReads((tx) =>
    tx.execute(sql`
      with w as materialized (
        select ${entries.id} as id, ${entries.date} as date from ${matches} where ${isPublic}
        order by ${entries.date} desc nulls last, ${entries.id} desc nulls last limit ${RANK_WINDOW}
      ),
      r as (
        select w.id, w.date, (1 + ts_rank(${entries.search}, ${query}))::real as rank from w join ${entries} on ${entries.id} = w.id
      ),
      page as (select id, date, rank from r where ${windowCondition} order by rank ${dir}, date ${dir}, id ${dir} limit ${take}),
      edge as (select w.id, w.date from w order by w.date asc, w.id asc limit 1)
      select page.id, page.date::text as date, page.rank, null::int as n, null::text as edge_date, null::uuid as edge_id from page
      union all
      select null, null, null, (select count(*)::int from w), edge.date::text, edge.id from edge`),
  );
  const windowRows = rowsOf<Key & { n: number | null; edge_date: string | null; edge_id: string | null }>(windowResult);
  const meta = windowRows.find((row) => row.n !== null);
  const windowKeys: Key[] = windowRows.filter((row) => row.n === null);
  const windowFull = Number(meta?.n ?? 0) >= RANK_WINDOW && meta?.edge_date && meta.edge_id;
  // The tail: the matches older than the window, newest first, only when this page reaches it.
  let tailKeys: Key[] = [];
  const needsTail = windowFull && (after ? windowKeys.length < take : inTail);
  if (needsTail) {
    const edge = sql`(${meta!.edge_date}::date, ${meta!.edge_id}::uuid)`;
    const bound = !inTail
      ? sql`true`
      : after
        ? sql`(${entries.date}, ${entries.id}) < (${cursor!.date}::date, ${cursor!.id}::uuid)`
        : sql`(${entries.date}, ${entries.id}) > (${cursor!.date}::date, ${cursor!.id}::uuid)`;
    const tailOrder = after ? NEWEST_FIRST : OLDEST_FIRST;
    tailKeys = (await getDb()
      .select({ id: entries.id, date: entries.date, rank: sql<number>`0::real` })
      .from(entries)
      .where(and(where, sql`(${entries.date}, ${entries.id}) < ${edge}`, bound))
      .orderBy(...tailOrder)
      .limit(take)) as Key[];
  }
  const keys = (after ? [...windowKeys, ...tailKeys] : [...tailKeys, ...windowKeys]).slice(0, take);
  const ranks = new Map(keys.map((k) => [k.id, Number(k.rank)]));
  const rows = await cardsInOrder(keys.map((k) => k.id));
  return pageOf(rows, { cursor, direction, limit, rankOf: (id) => ranks.get(id) ?? 0 });
}

/** The number of published entries in a view (exact: the API's total). A search's matches through its GIN index. */
export async function countPublishedEntries({ filters = {} }: { filters?: EntryFilters }): Promise<number> {
  if (filters.q) {
    const matches = await searchedEntries(filters, await searchQuery(filters.q));
    const result = await searchReads((tx) => tx.execute(sql`select count(*)::int as n from ${matches} where ${isPublic}`));
    return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
  }
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(entries)
    .where(and(...(await filterConditions(filters))));
  return row?.n ?? 0;
}

/**
 * The number of published entries in a view, counted up to COUNT_CAP for a search (`capped`: there are more):
 * counting every match of a common word would visit each of them.
 */
export async function countPublishedEntriesUpTo({ filters = {} }: { filters?: EntryFilters }): Promise<{ count: number; capped: boolean }> {
  if (!filters.q) return { count: await countPublishedEntries({ filters }), capped: false };
  const matches = await searchedEntries(filters, await searchQuery(filters.q));
  const result = await searchReads((tx) =>
    tx.execute(sql`select count(*)::int as n from (select 1 from ${matches} where ${isPublic} limit ${COUNT_CAP + 1}) as m`),
  );
  const n = Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
  return n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
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
