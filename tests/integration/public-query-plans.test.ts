// Every public query shape, EXPLAINed on PostgreSQL over 20,000 entries: no Seq Scan on entries, sources or
// entry_actors, and no sort of more than 1,000 rows, except where the read must touch every row it reports on.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { getDb } from "@/db";
import { rowsOf } from "@/lib/rows";
import { addSyntheticEntries } from "@/lib/seed/synthetic";
import {
  WHOLE_RECORD_AGGREGATES,
  bigSorts,
  capturePublicQueries,
  explain,
  planNodes,
  type CapturedQuery,
} from "./helpers/public-query-shapes";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));

const SYNTHETIC = 20_000;
const SORT_LIMIT = 1000;
/**
 * Work that grows with the matches by its nature, each checked for the index it does use: a search sorts its
 * matches by date from the GIN index's bitmap (the newest 1,000 for the ranked window, the page for newest
 * first; a top-N heapsort), related entries score every entry
 * sharing an actor, the recognition table sorted by jurisdiction computes each event's jurisdiction name, and
 * counts read every match. A Seq Scan there is still a fault; a large sort is not.
 */
const SORTS_EVERY_MATCH = [
  "search, newest first", "search, ranked", "search, ranked, next page", "search, ranked, past the window", "search, ranked, back into the window",
  "search naming an actor, Cyrillic", "search naming an actor, Armenian, newest first", "search, hyphenated word", "search, Russian", "search with filters", "related entries", "recognition table by jurisdiction", "actor's recognition record"];
/** A count (or a grouped count) with no page limit reads every row it counts; the planner may rightly scan. */
const countsEveryMatch = (query: CapturedQuery) => /count\(/.test(query.sql) && !/\blimit\b/i.test(query.sql);
const onPostgres = Boolean(inject("databaseUrl"));

let queries: CapturedQuery[] = [];
let large: string[] = [];

describe.skipIf(!onPostgres)("public query plans at scale (PostgreSQL)", () => {
  beforeAll(async () => {
    await addSyntheticEntries({ count: SYNTHETIC });
    // Tables past a few thousand rows count as large; actors (a few hundred at most) are read whole by design.
    large = rowsOf<{ relname: string }>(
      await getDb().execute(sql`select relname from pg_class where relname in ('entries', 'sources', 'entry_actors') and reltuples > 5000`),
    ).map((r) => r.relname);
    queries = await capturePublicQueries();
  }, 600_000);

  afterAll(async () => {
    // Longer than the pool's statement timeout: the cascade to entry_submissions has no index on entry_id.
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`set local statement_timeout = 0`);
      await tx.execute(sql`delete from entries where slug like 'synthetic-%'`);
      await tx.execute(sql`analyze entries, entry_actors, sources`);
    });
  }, 600_000);

  it("has enough rows for the planner to choose, and captured every shape", () => {
    expect(large.sort()).toEqual(["entries", "entry_actors", "sources"]);
    expect(new Set(queries.map((q) => q.shape)).size).toBeGreaterThanOrEqual(30);
  });

  it("reads entries, sources and entry_actors through an index in every per-request query", async () => {
    const faults: string[] = [];
    for (const query of queries) {
      if (WHOLE_RECORD_AGGREGATES.includes(query.shape) || countsEveryMatch(query)) continue;
      const { plan } = await explain(query);
      for (const node of planNodes(plan)) {
        if (node["Node Type"] === "Seq Scan" && large.includes(node["Relation Name"] ?? "")) {
          faults.push(`${query.shape}: Seq Scan on ${node["Relation Name"]} — ${query.sql.slice(0, 160)}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it("finds every search's matches through the GIN index of entries.search, the plan the site runs them with", async () => {
    const searches = queries.filter((q) => q.searchPlan);
    // Every search shape: the ranked window, newest first, the tail, the counts; in Latin, Cyrillic and Armenian.
    expect(new Set(searches.map((q) => q.shape)).size).toBeGreaterThanOrEqual(10);
    const faults: string[] = [];
    for (const query of searches) {
      const { plan } = await explain(query);
      const nodes = planNodes(plan);
      const gin = nodes.some((n) => n["Node Type"] === "Bitmap Index Scan" && (n as { "Index Name"?: string })["Index Name"] === "entries_search_idx");
      if (!gin) faults.push(`${query.shape}: no Bitmap Index Scan on entries_search_idx — ${query.sql.slice(0, 160)}`);
      // Under enable_seqscan = off a Seq Scan is left only where no index can serve the access at all.
      for (const node of nodes) if (node["Node Type"] === "Seq Scan" && large.includes(node["Relation Name"] ?? "")) faults.push(`${query.shape}: Seq Scan on ${node["Relation Name"]}`);
    }
    expect(faults).toEqual([]);
  });

  it("never sorts more than 1,000 rows where an index gives the order (keyset pages, feeds, the recognition table)", async () => {
    const faults: string[] = [];
    for (const query of queries) {
      if (WHOLE_RECORD_AGGREGATES.includes(query.shape) || SORTS_EVERY_MATCH.includes(query.shape) || countsEveryMatch(query)) continue;
      const { plan } = await explain(query, { analyze: true });
      for (const sort of bigSorts(plan, SORT_LIMIT)) faults.push(`${query.shape}: ${sort} — ${query.sql.slice(0, 160)}`);
    }
    expect(faults).toEqual([]);
  });

  it("finds searched matches through the full-text index, not by reading every entry, counts included", async () => {
    const search = queries.filter((q) => q.shape.startsWith("search") || q.shape === "count of a search");
    expect(search.length).toBeGreaterThan(0);
    for (const query of search) {
      const { plan } = await explain(query);
      const onEntries = planNodes(plan).filter((n) => n["Relation Name"] === "entries");
      expect(onEntries.map((n) => n["Node Type"]), query.shape).not.toContain("Seq Scan");
    }
  });
});

describe.skipIf(onPostgres)("public query plans (PGlite)", () => {
  it("are checked on PostgreSQL only: with tiny tables the planner rightly reads them whole (run with TEST_ENGINE=postgres)", () => {
    expect(onPostgres).toBe(false);
  });
});
