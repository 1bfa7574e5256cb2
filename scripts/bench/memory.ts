// npm run bench:memory — how much memory one instance holds with its caches full. Starts the production build on
// a fresh database (PostgreSQL by default: a new database on the local server, dropped afterwards; or the
// embedded engine), seeds the record plus --entries synthetic entries, then reads --pages distinct public URLs
// (every entry page, the listing's pages, searches, actors, feeds, the API) several at a time, and prints the
// server's RSS as it goes and, at the end, where the memory is (SIGUSR2: V8's heap, the buffers outside it, the
// response cache, the build's files, the data cache). Exits non-zero when the final RSS is over --limit MiB.
//   --engine postgres|pglite (postgres), --entries N (10000), --pages N (3000), --concurrency N (8),
//   --limit MiB (381: 400 MB), --port N (3540), --postgres URL. The server's environment passes through
//   (PAGE_CACHE_MB, DATA_CACHE_MB, NODE_OPTIONS, …), so settings can be compared. See docs/PERFORMANCE.md.
import fs from "node:fs";
import path from "node:path";
import { describeError } from "@/lib/log-error";
import { type Database, flag, freshEmbeddedDatabase, freshPostgresDatabase, machine, root, seedDatabase, sleep, startServer } from "./harness";

const engine = flag("engine", "postgres");
const entries = Number(flag("entries", "10000"));
const pages = Number(flag("pages", "3000"));
const concurrency = Number(flag("concurrency", "8"));
const limitMiB = Number(flag("limit", String(Math.floor(400_000_000 / 1024 / 1024))));
const port = Number(flag("port", "3540"));
if (engine !== "postgres" && engine !== "pglite") throw new Error("--engine takes postgres or pglite");

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp() {
  while (cleanups.length) await Promise.resolve(cleanups.pop()!()).catch((error) => console.error(`cleanup: ${String(error)}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/** Every published slug, through the API's cursor pages. */
async function allSlugs(url: string): Promise<string[]> {
  const slugs: string[] = [];
  let next: string | null = `${url}/api/v1/entries?limit=100`;
  while (next && slugs.length < pages) {
    const body = (await (await fetch(next)).json()) as { data: Array<{ slug: string }>; pagination: { next: string | null } };
    slugs.push(...body.data.map((e) => e.slug));
    next = body.pagination.next;
  }
  return slugs;
}

/** The URLs to read: a mix of what readers ask for, entry pages most. */
function urlsToRead(slugs: string[]): string[] {
  const fixed = ["/", "/entries", "/actors", "/recognition", "/feed.xml", "/feed.atom", "/feed.json", "/sitemap.xml", "/api/v1/entries"];
  const words = ["Lachin", "Stepanakert", "recognition", "resolution", "minister", "Armenia", "OSCE", "ceasefire", "statement", "visit"];
  const urls = [...fixed];
  for (const [i, word] of words.entries()) urls.push(`/entries?q=${word}`, `/entries?q=${word}&page=2`, `/entries?kind=statement&q=${word}`, `/api/v1/entries?q=${word}&limit=${20 + i}`);
  for (let page = 2; page <= 50; page++) urls.push(`/entries?page=${page}`);
  for (const slug of slugs) urls.push(`/entries/${slug}`, `/api/v1/entries/${slug}`);
  return urls.slice(0, pages);
}

async function main() {
  const database: Database =
    engine === "postgres" ? await freshPostgresDatabase(flag("postgres", "postgres://postgres@127.0.0.1:5432/postgres")) : freshEmbeddedDatabase();
  cleanups.push(() => database.drop());
  console.log(`Seeding ${database.label} with the seed record and ${entries} synthetic entries…`);
  seedDatabase(database, entries);
  const logFile = path.join(root, `.bench-memory-${port}.log`);
  const server = await startServer(database, port, { logFile });
  cleanups.push(() => server.stop());
  const started = server.rssMiB();
  const urls = urlsToRead(await allSlugs(server.url));
  console.log(`\nMemory ${new Date().toISOString()} on ${machine()}`);
  console.log(`1 instance on ${database.label}; seed record + ${entries} synthetic entries; ${urls.length} distinct URLs, ${concurrency} at a time`);
  const env = ["PAGE_CACHE_MB", "STATIC_CACHE_MB", "DATA_CACHE_MB", "DB_POOL_MAX", "NODE_OPTIONS"].map((n) => `${n}=${process.env[n] ?? "(default)"}`);
  console.log(env.join(" "));
  console.log(`\n| URLs read | RSS MiB |\n|---|---|\n| 0 (started, healthy) | ${started.toFixed(0)} |`);
  let done = 0;
  let failures = 0;
  let peak = started;
  const queue = [...urls];
  const step = Math.max(1, Math.floor(urls.length / 6));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const answer = await fetch(server.url + url, { headers: { "Accept-Encoding": "br, gzip" } }).catch(() => null);
        if (!answer || !answer.ok) failures += 1;
        await answer?.arrayBuffer().catch(() => {});
        done += 1;
        peak = Math.max(peak, server.rssMiB());
        if (done % step === 0) console.log(`| ${done} | ${server.rssMiB().toFixed(0)} |`);
      }
    }),
  );
  // Once more, as they would be read again: the caches are full now, and the answers come from them.
  for (const url of urls.slice(0, 200)) await fetch(server.url + url).then((r) => r.arrayBuffer()).catch(() => {});
  await sleep(1000);
  const final = server.rssMiB();
  console.log(`| ${done}, then 200 again | ${final.toFixed(0)} |`);
  console.log(`\npeak ${peak.toFixed(0)} MiB, final ${final.toFixed(0)} MiB (${((final * 1024 * 1024) / 1e6).toFixed(0)} MB); ${failures} answers not 200`);

  const before = fs.readFileSync(logFile, "utf8").length;
  process.kill(server.serverPid(), "SIGUSR2");
  let line: string | undefined;
  for (let i = 0; i < 50 && !line; i++) {
    await sleep(100);
    line = fs.readFileSync(logFile, "utf8").slice(before).split("\n").find((l) => l.includes('"msg":"memory"'));
  }
  if (line) {
    const report = JSON.parse(line) as {
      memoryMiB: Record<string, number>;
      responseCache: { entries: number; bytes: number; maxBytes: number; hits: number; misses: number };
      staticFiles: { files: number; bytes: number };
      dataCache: { entries: number; bytes: number; maxBytes: number } | null;
    };
    const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
    const m = report.memoryMiB;
    console.log(`V8 heap ${m.heapUsed} MiB used of ${m.heapTotal}; outside the heap ${m.external} MiB (array buffers ${m.arrayBuffers}); RSS ${m.rss}`);
    console.log(
      `response cache ${report.responseCache.entries} answers, ${mib(report.responseCache.bytes)} of ${mib(report.responseCache.maxBytes)} MiB ` +
        `(${report.responseCache.hits} hits, ${report.responseCache.misses} misses); build files ${report.staticFiles.files}, ${mib(report.staticFiles.bytes)} MiB; ` +
        `data cache ${report.dataCache ? `${report.dataCache.entries} reads, ${mib(report.dataCache.bytes)} of ${mib(report.dataCache.maxBytes)} MiB` : "not loaded"}`,
    );
  } else {
    console.log("(the server logged no memory line)");
  }
  const over = final > limitMiB;
  console.log(over ? `RESULT: OVER ${limitMiB} MiB` : `RESULT: OK (under ${limitMiB} MiB)`);
  process.exitCode = over || failures > 0 ? 1 : 0;
}

main()
  .catch((error) => {
    console.error(`Error: ${describeError(error)}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
