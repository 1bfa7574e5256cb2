// Every public read's query shapes, run through the real lib/ functions so the SQL is what the site sends.
// Used by tests/integration/public-query-plans.test.ts (EXPLAIN per shape) and scripts/explain-public-queries.ts.
import { sql } from "drizzle-orm";
import { captureQueries, getDb } from "@/db";
import { getActorBySlug, getActorRecognitionRecord, listActors } from "@/lib/actors/queries";
import { getPublicActorBySlug, listPublicActors } from "@/lib/api/actors";
import { getEntryFacets, getRelatedEntries } from "@/lib/entries/browse";
import { getRemovedEntryBySlug, listCorrections } from "@/lib/entries/corrections";
import { listPublishedEntryDetails } from "@/lib/entries/details";
import { getRecordFigures } from "@/lib/entries/figures";
import { getSearchHighlights } from "@/lib/entries/highlights";
import { countPublishedEntries, countPublishedEntriesUpTo, listPublishedEntries } from "@/lib/entries/listing";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { getMapData, getRecognitionSummary, listRecognitionEvents } from "@/lib/recognition/queries";
import { rowsOf } from "@/lib/rows";

/** `searchPlan`: sent inside lib/entries/listing.ts's searchReads (the GIN index the only way in), EXPLAINed so too. */
export type CapturedQuery = { shape: string; sql: string; params: unknown[]; searchPlan?: boolean };

/** The fence searchReads' queries select their matches through (lib/entries/listing.ts, searchedEntries). */
const SEARCH_FENCE = /offset 0\) as "entries"/;

/**
 * Reads that must read every published entry by design (counts per kind, year, tag and actor for the filter
 * lists, the home page's figures and the actors directory): no index can spare them the rows. They are cached under the `record`
 * tag (60 s) and never run per search. A Seq Scan is expected there and not counted as a fault.
 */
export const WHOLE_RECORD_AGGREGATES = [
  "entry facets",
  "record figures",
  "recognition summary",
  "recognition map data",
  "recognition summary as of a date",
  "recognition map data as of a date",
  "actors list",
];

type Shape = { name: string; run: () => Promise<unknown> };

async function sample() {
  const [row] = rowsOf<{ id: string; slug: string }>(
    await getDb().execute(sql`select e.id, e.slug from entries e
      where e.status = 'published' and e.deleted_at is null and exists (select 1 from entry_actors ea where ea.entry_id = e.id and ea.role <> 'mentioned')
      order by e.date desc, e.id desc limit 1`),
  );
  const [actor] = rowsOf<{ id: string; slug: string }>(
    await getDb().execute(sql`select a.id, a.slug from actors a join entry_actors ea on ea.actor_id = a.id
      where a.deleted_at is null group by a.id, a.slug order by count(*) desc limit 1`),
  );
  return { entry: row!, actor: actor! };
}

export async function publicQueryShapes(): Promise<Shape[]> {
  const { entry, actor } = await sample();
  const firstPage = await listPublishedEntries({ limit: 20 });
  const deep = firstPage.nextCursor ? (await import("@/lib/entries/cursor")).decodeCursor(firstPage.nextCursor) : null;
  const ranked = await listPublishedEntries({ filters: { q: "blockade" }, order: "relevance", limit: 20 });
  const rankedCursor = ranked.nextCursor ? (await import("@/lib/entries/cursor")).decodeCursor(ranked.nextCursor) : null;
  // Past the ranked window (the newest 1,000 matches), when the record has that many.
  const deepRanked = await listPublishedEntries({ filters: { q: "blockade" }, order: "relevance", limit: 1000 });
  const tailCursor = deepRanked.nextCursor ? (await import("@/lib/entries/cursor")).decodeCursor(deepRanked.nextCursor) : null;
  const list = (name: string, args: Parameters<typeof listPublishedEntries>[0]): Shape => ({ name, run: () => listPublishedEntries(args) });
  return [
    list("entries, newest first", { limit: 20 }),
    list("entries, next page", { cursor: deep, limit: 20 }),
    list("entries, previous page", { cursor: deep, direction: "before", limit: 20 }),
    list("entries by kind", { filters: { kind: "meeting" }, limit: 20 }),
    list("entries by year", { filters: { year: 2021 }, limit: 20 }),
    list("entries by tag", { filters: { tag: "lachin-corridor" }, limit: 20 }),
    list("entries by actor", { filters: { actor: actor.slug }, limit: 20 }),
    list("entries by country", { filters: { country: "US" }, limit: 20 }),
    list("entries by kind, country and year", { filters: { kind: "recognition", country: "US", year: 2014 }, limit: 20 }),
    list("entries on a single source", { filters: { sourcing: "single" }, limit: 20 }),
    list("entries on a single source, next page", { filters: { sourcing: "single" }, cursor: deep, limit: 20 }),
    list("entries without a primary source", { filters: { sourcing: "no-primary" }, limit: 20 }),
    list("entries as of a date", { filters: { as_of: "2013-01-01" }, limit: 20 }),
    list("entries by kind as of a date", { filters: { kind: "recognition", as_of: "2013-01-01" }, limit: 20 }),
    { name: "count of a sourcing filter", run: () => countPublishedEntries({ filters: { sourcing: "single" } }) },
    { name: "corrections log", run: () => listCorrections({ limit: 50 }) },
    { name: "removed entry's notice", run: () => getRemovedEntryBySlug({ slug: entry.slug }) },
    list("search, newest first", { filters: { q: "blockade" }, limit: 20 }),
    list("search, ranked", { filters: { q: "blockade" }, order: "relevance", limit: 20 }),
    list("search, ranked, next page", { filters: { q: "blockade" }, order: "relevance", cursor: rankedCursor, limit: 20 }),
    list("search, ranked, past the window", { filters: { q: "blockade" }, order: "relevance", cursor: tailCursor, limit: 20 }),
    list("search, ranked, back into the window", { filters: { q: "blockade" }, order: "relevance", cursor: tailCursor, direction: "before", limit: 20 }),
    list("search naming an actor, Cyrillic", { filters: { q: "Степанакерт" }, order: "relevance", limit: 20 }),
    list("search naming an actor, Armenian, newest first", { filters: { q: "Ստեփանակերտ" }, limit: 20 }),
    list("search, hyphenated word", { filters: { q: "peace-process" }, order: "relevance", limit: 20 }),
    list("search, Russian", { filters: { q: "Лачинский коридор" }, order: "relevance", limit: 20 }),
    list("search with filters", { filters: { q: "corridor", kind: "statement", country: "RU" }, order: "relevance", limit: 20 }),
    { name: "count of a search", run: () => countPublishedEntriesUpTo({ filters: { q: "blockade" } }) },
    { name: "count of a search naming an actor", run: () => countPublishedEntriesUpTo({ filters: { q: "Приднестровье" } }) },
    { name: "API total of a search", run: () => countPublishedEntries({ filters: { q: "blockade" } }) },
    { name: "count of a filter", run: () => countPublishedEntries({ filters: { kind: "meeting", country: "US" } }) },
    { name: "search highlights", run: () => getSearchHighlights({ ids: ranked.items.map((e) => e.id), q: "blockade" }) },
    { name: "entry page", run: () => getPublishedEntryBySlug({ slug: entry.slug }) },
    { name: "related entries", run: () => getRelatedEntries({ id: entry.id }) },
    { name: "feed / API page of whole entries", run: () => listPublishedEntryDetails({ filters: { q: "blockade" }, limit: 50 }) },
    { name: "feed of an actor", run: () => listPublishedEntryDetails({ filters: { actor: actor.slug }, limit: 50 }) },
    { name: "actors list", run: () => listActors() },
    { name: "actor page", run: () => getActorBySlug({ slug: actor.slug }) },
    { name: "actor's recognition record", run: () => getActorRecognitionRecord({ id: actor.id }) },
    { name: "API actors", run: () => listPublicActors({ filters: { country: "US" }, limit: 100 }) },
    { name: "API actor", run: () => getPublicActorBySlug({ slug: actor.slug }) },
    { name: "recognition table", run: () => listRecognitionEvents({ query: { sort: "date", order: "desc", page: 2 } as never }) },
    { name: "recognition table by jurisdiction", run: () => listRecognitionEvents({ query: { sort: "jurisdiction", order: "asc", page: 1, action: "recognizes_independence" } as never }) },
    { name: "entry facets", run: () => getEntryFacets() },
    { name: "record figures", run: () => getRecordFigures() },
    { name: "recognition summary", run: () => getRecognitionSummary() },
    { name: "recognition summary as of a date", run: () => getRecognitionSummary("2013-01-01") },
    { name: "recognition map data as of a date", run: () => getMapData("2013-01-01") },
    { name: "recognition table as of a date", run: () => listRecognitionEvents({ query: { sort: "date", order: "desc", page: 1, asOf: "2013-01-01" } as never }) },
    { name: "recognition map data", run: () => getMapData() },
  ];
}

export async function capturePublicQueries(): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  for (const shape of await publicQueryShapes()) {
    const { queries } = await captureQueries(shape.run);
    for (const q of queries) captured.push({ shape: shape.name, ...q, searchPlan: SEARCH_FENCE.test(q.sql) });
  }
  return captured;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Plan Rows"?: number; "Actual Rows"?: number; "Sort Key"?: string[]; Plans?: PlanNode[] };

export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

export const LARGE_TABLES = ["entries", "sources", "entry_actors", "actors"];

/** EXPLAIN (FORMAT JSON) of a captured query with its parameters, inside a transaction that is rolled back. */
export async function explain(query: CapturedQuery, { analyze = false, seqscan = true } = {}): Promise<{ plan: PlanNode; ms: number | null }> {
  const db = getDb();
  let out: { plan: PlanNode; ms: number | null } | null = null;
  await db
    .transaction(async (tx) => {
      if (!seqscan || query.searchPlan) await tx.execute(sql`set local enable_seqscan = off`);
      const chunks = query.sql.split(/\$(\d+)/);
      const parts = [sql.raw(`explain (format json${analyze ? ", analyze" : ""}) `)];
      chunks.forEach((chunk, i) => parts.push(i % 2 === 0 ? sql.raw(chunk) : sql`${query.params[Number(chunk) - 1]}`));
      const result = rowsOf<{ "QUERY PLAN": unknown }>(await tx.execute(sql.join(parts, sql.raw(""))));
      const raw = result[0]!["QUERY PLAN"];
      const doc = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode; "Execution Time"?: number }[];
      out = { plan: doc[0]!.Plan, ms: doc[0]!["Execution Time"] ?? null };
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out!;
}

class Rollback extends Error {}

/** The Seq Scans on large tables in a plan, as "relation (rows)". */
export function seqScans(plan: PlanNode): string[] {
  return planNodes(plan)
    .filter((n) => n["Node Type"] === "Seq Scan" && LARGE_TABLES.includes(n["Relation Name"] ?? ""))
    .map((n) => `${n["Relation Name"]} (${n["Actual Rows"] ?? n["Plan Rows"]} rows)`);
}

/** Sorts whose input is estimated at more than `rows` rows: an order no index serves. */
export function bigSorts(plan: PlanNode, rows: number): string[] {
  return planNodes(plan)
    .filter((n) => n["Node Type"] === "Sort" && ((n.Plans?.[0]?.["Actual Rows"] ?? n.Plans?.[0]?.["Plan Rows"]) ?? 0) > rows)
    .map((n) => `sort of ${n.Plans?.[0]?.["Actual Rows"] ?? n.Plans?.[0]?.["Plan Rows"]} rows by ${(n["Sort Key"] ?? []).join(", ")}`);
}
