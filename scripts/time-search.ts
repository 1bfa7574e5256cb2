// npx tsx --conditions=react-server scripts/time-search.ts [-- --connections 50 --seconds 20] — times an uncached
// search as /entries?q=… runs it (a ranked page, the count of matches up to the cap, then the highlights), calling the lib/
// functions directly: no Next.js cache, no HTTP. N callers run at once through the app's own pool (DB_POOL_MAX).
// Prints p50/p95/p99/max per search, with date, machine and engine.
import os from "node:os";
import { parseArgs } from "node:util";
import { getEngine } from "@/db";
import { getEnv } from "@/lib/env";
import { getSearchHighlights } from "@/lib/entries/highlights";
import { countPublishedEntriesUpTo, listPublishedEntries } from "@/lib/entries/listing";
import { runCli } from "./cli";

// Common and rare words, phrases, a hyphenated word and the two other scripts: the mix a reader types.
const TERMS = [
  "blockade", "Lachin corridor", "peace-process", "recognition", "humanitarian access", "Минская группа",
  "Лачинский коридор", "Արցախ", "prisoners of war", "cultural heritage", "ceasefire", "\"peace process\"",
  "twinning", "resolution", "OSCE", "Stepanakert", "Moscow", "foreign minister", "memorandum", "sovereignty",
  // Names in three scripts (each joined by the actor's other names).
  "Степанакерт", "Ստեփանակերտ", "Лавров", "Приднестровье",
];

async function search(q: string) {
  const [page] = await Promise.all([
    listPublishedEntries({ filters: { q }, order: "relevance", limit: 20 }),
    countPublishedEntriesUpTo({ filters: { q } }),
  ]);
  await getSearchHighlights({ ids: page.items.map((e) => e.id), q });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

void runCli(async () => {
  const { values } = parseArgs({ options: { connections: { type: "string", default: "50" }, seconds: { type: "string", default: "20" } } });
  const connections = Number(values.connections);
  const until = Date.now() + Number(values.seconds) * 1000;
  await search("warm-up");
  const times: number[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const q = TERMS[n++ % TERMS.length]!;
        const started = performance.now();
        await search(q);
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"} · ${getEngine()} · pool ${getEnv().poolMax}`);
  console.log(`${connections} concurrent searches for ${values.seconds} s: ${times.length} searches, ${(times.length / Number(values.seconds)).toFixed(1)}/s`);
  console.log(`p50 ${f(percentile(times, 50))} · p95 ${f(percentile(times, 95))} · p99 ${f(percentile(times, 99))} · max ${f(times[times.length - 1]!)}`);
});
