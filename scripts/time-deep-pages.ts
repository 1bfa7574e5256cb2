// Times /entries pages deep into the record, straight against the database (no cache):
// keyset pages as the site reads them, beside the OFFSET query they replace. See docs/PUBLIC-SITE.md.
// Usage: [DATA_DIR=… | DATABASE_URL=…] tsx --conditions=react-server scripts/time-deep-pages.ts   (stop an embedded server first)
import { and, sql } from "drizzle-orm";
import { getDb, getEngine, schema } from "@/db";
import type { EntryFilters } from "@/lib/entries/filters";
import { decodeCursor } from "@/lib/entries/cursor";
import { NEWEST_FIRST, filterConditions, listPublishedEntries, searchQuery, type EntryOrder } from "@/lib/entries/listing";
import { runCli } from "./cli";

const VIEWS: { label: string; filters: EntryFilters; order?: EntryOrder }[] = [
  { label: "all", filters: {} },
  { label: "kind=meeting", filters: { kind: "meeting" } },
  { label: "actor=russia", filters: { actor: "russia" } },
  { label: "country=US", filters: { country: "US" } },
  { label: "q=blockade (newest)", filters: { q: "blockade" } },
  { label: "q=blockade (ranked)", filters: { q: "blockade" }, order: "relevance" },
];
const DEPTHS = [0, 1_000, 10_000, 50_000, 99_000];
const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

void runCli(async () => {
  const { entries } = schema;
  const db = getDb();
  console.log(`engine: ${getEngine()}; median of ${RUNS} runs, 20 entries a page`);
  console.log("view\tdepth\tmatches\tkeyset ms\toffset ms");
  for (const { label, filters, order = "newest" } of VIEWS) {
    const where = and(...(await filterConditions(filters)));
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(entries).where(where);
    // The bare offset query ranks every match (what the window in lib/entries/listing.ts avoids).
    const rank = order === "relevance" ? sql`ts_rank(${entries.search}, ${await searchQuery(filters.q!)})` : null;
    const orderBy = [...(rank ? [sql`${rank} desc`] : []), ...NEWEST_FIRST];
    for (const depth of DEPTHS.filter((d) => d < n)) {
      const offsetPage = () =>
        db.select({ id: entries.id, date: entries.date, rank: rank ?? sql`null` }).from(entries).where(where).orderBy(...orderBy).offset(depth).limit(20);
      let cursor = null;
      if (depth > 0 && rank) {
        // The site's own cursor after `depth` results (relevance pages: the window's rank, then the tail's).
        const head = await listPublishedEntries({ filters, order, limit: depth });
        cursor = head.nextCursor ? decodeCursor(head.nextCursor) : null;
      } else if (depth > 0) {
        const [row] = await db
          .select({ id: entries.id, date: entries.date, rank: rank ?? sql<null>`null` })
          .from(entries)
          .where(where)
          .orderBy(...orderBy)
          .offset(depth - 1)
          .limit(1);
        cursor = row ? { id: row.id, date: row.date, ...(row.rank === null ? {} : { rank: Number(row.rank) }) } : null;
      }
      const keyset = await median(() => listPublishedEntries({ filters, order, cursor, limit: 20 }));
      const offset = await median(offsetPage);
      console.log(`${label}\t${depth}\t${n}\t${keyset.toFixed(1)}\t${offset.toFixed(1)}`);
    }
  }
});
