// npm run bench — load test of the production build on loopback. Each route alone (autocannon, --connections for
// --duration seconds): requests/s, p50/p99 latency, errors and the server's resident memory (VmRSS, read at the
// end of the route), after a mixed run over every route. The seed record plus --entries synthetic entries, in a
// fresh database (a temporary DATA_DIR, or a new PostgreSQL database), dropped afterwards. See docs/PERFORMANCE.md.
//   --baseline                 the same answers from a static server in the same run (nginx when installed,
//                              node:http otherwise): ratio app/static per route
//   --instances N --proxy nginx  N instances on PostgreSQL behind the deploy/ recipe's nginx (ratio vs nginx static)
//   --engine pglite|postgres (pglite; postgres with --instances > 1), --entries N (10000), --connections N (50),
//   --duration S per route (10), --mixed S (20; 0 to skip), --postgres URL,
//   --port N (3300): app instances on N+1, N+2, …; nginx in front on N+20; the static server on N+21
//   --database URL             an existing, seeded PostgreSQL database instead of a fresh one (kept; --entries ignored)
//   --search                   adds `/entries?q=… (uncached)`: every request a different query, so neither the
//                              response cache nor the data cache can answer it (see SEARCH_TERMS below), and the
//                              same for a word nothing matches (the rendering's ceiling: NO_MATCH_ROUTE)
// Bounded in time, loopback only; servers, nginx, temporary directories and the database are removed after any
// failure or interrupt.
import type autocannon from "autocannon";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeError } from "@/lib/log-error";
import {
  type Database,
  type Server,
  flag,
  freshEmbeddedDatabase,
  existingPostgresDatabase,
  freshPostgresDatabase,
  machine,
  newestEntrySlug,
  processRssMiB,
  root,
  runLoad,
  seedDatabase,
  sleep,
  startServer,
} from "./bench/harness";
import { ensurePortFree, nginxInstalled, renderRecordConf, startNginx } from "./bench/nginx";

const has = (name: string) => process.argv.includes(`--${name}`);
const instances = Number(flag("instances", "1"));
const proxy = flag("proxy", "none");
const engine = instances > 1 ? "postgres" : flag("engine", "pglite");
let entries = Number(flag("entries", "10000"));
// An existing, seeded PostgreSQL database (kept): its own entries are counted instead of --entries.
const existing = flag("database", "");
const connections = Number(flag("connections", "50"));
const duration = Number(flag("duration", "10"));
const mixedSeconds = Number(flag("mixed", "20"));
const port = Number(flag("port", "3300"));
const baseline = has("baseline") || proxy === "nginx";

if (proxy !== "none" && proxy !== "nginx") throw new Error("--proxy takes nginx");
if (proxy === "nginx" && !nginxInstalled()) throw new Error("--proxy nginx needs nginx (apt-get install -y nginx)");
if (instances > 1 && proxy !== "nginx") throw new Error("--instances N > 1 needs --proxy nginx in front of them");

// Whatever fails or interrupts the run, what it started is stopped and removed, newest first.
const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp() {
  while (cleanups.length) await Promise.resolve(cleanups.pop()!()).catch((error) => console.error(`cleanup: ${String(error)}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error("Interrupted; stopping servers and removing the bench data…");
    void cleanUp().finally(() => process.exit(130));
  });
}

type Row = { route: string; result: autocannon.Result; rssMiB: number };

/**
 * The uncached search route: common and rare words, a phrase, a hyphenated word, names in three scripts. Each
 * request writes its term with another pattern of capitals ("bLockade"): the same query to the database (the
 * search is case-blind), a different address and so a different entry for both caches.
 */
const SEARCH_ROUTE = "/entries?q=… (uncached)";
/**
 * The same page for a word no entry has ("zq17x", "zq18x", …): every request another address, the database's part
 * a few index probes. What it serves is the rendering's own ceiling for an uncached search on this machine.
 */
const NO_MATCH_ROUTE = "/entries?q=… (uncached, no match)";
const UNCACHED_PATHS: Record<string, (n: number) => string> = {
  [SEARCH_ROUTE]: uncachedSearchPath,
  [NO_MATCH_ROUTE]: (n) => `/entries?q=zq${n}x`,
};
const SEARCH_TERMS = [
  "blockade", "Lachin corridor", "peace-process", "recognition", "humanitarian access", "Минская группа",
  "Лачинский коридор", "Արցախ", "prisoners of war", "cultural heritage", "ceasefire", "Stepanakert", "Степанакерт",
  "Ստեփանակերտ", "Lavrov", "Приднестровье", "twinning", "resolution", "OSCE", "memorandum",
];
function uncachedSearchPath(n: number): string {
  const term = SEARCH_TERMS[n % SEARCH_TERMS.length]!;
  let bits = Math.floor(n / SEARCH_TERMS.length);
  const letters = [...term].map((ch) => {
    if (ch.toLowerCase() === ch.toUpperCase()) return ch;
    const flip = bits & 1;
    bits = Math.floor(bits / 2);
    return flip ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch;
  });
  return `/entries?q=${encodeURIComponent(letters.join(""))}`;
}
let searchRequests = 0;

async function loadEach(url: string, routes: string[], rss: () => number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const route of routes) {
    const uncached = UNCACHED_PATHS[route];
    if (uncached) {
      const result = await runLoad({
        url,
        connections,
        duration,
        timeout: 10,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: uncached(searchRequests++) }) }],
      });
      rows.push({ route, result, rssMiB: rss() });
      continue;
    }
    const result = await runLoad({ url: url + route, connections, duration, timeout: 10 });
    rows.push({ route, result, rssMiB: rss() });
  }
  return rows;
}

/** Each route's body and headers, fetched once from the app, saved for the static server. */
async function saveAnswers(url: string, routes: string[], dir: string) {
  const manifest: Record<string, { file: string; headers: Record<string, string>; type: string }> = {};
  for (const [i, route] of routes.entries()) {
    const answer = await fetch(url + route, { headers: { "Accept-Encoding": "identity" } });
    const body = Buffer.from(await answer.arrayBuffer());
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"].includes(name)) headers[name] = value;
    });
    const file = `answer-${i}`;
    fs.writeFileSync(path.join(dir, file), body);
    manifest[route] = { file, headers, type: answer.headers.get("content-type")?.split(";")[0] ?? "application/octet-stream" };
  }
  fs.writeFileSync(path.join(dir, "answers.json"), JSON.stringify(manifest));
  return manifest;
}

/** A static server of the saved answers at the same paths: nginx when installed, node:http otherwise. */
async function startStatic(dir: string, manifest: Awaited<ReturnType<typeof saveAnswers>>, staticPort: number) {
  if (nginxInstalled()) {
    // One location per saved answer, chosen by the whole request URI (query string included).
    const entriesOf = Object.entries(manifest);
    const nginx = await startNginx(staticPort, () => `
  map $request_uri $bench_answer { default ""; ${entriesOf.map(([route, { file }]) => `"${route}" /${file};`).join(" ")} }
  map $request_uri $bench_type { default application/octet-stream; ${entriesOf.map(([route, { type }]) => `"${route}" "${type}";`).join(" ")} }
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir};
    location / {
      types { }
      default_type $bench_type;
      try_files $bench_answer =404;
    }
  }`);
    return { label: "nginx static", url: nginx.url, rss: () => processTreeRss(nginx.process.pid), stop: nginx.stop };
  }
  await ensurePortFree(staticPort);
  const child = spawn(process.execPath, [path.join(root, "scripts", "bench", "static-server.mjs"), path.join(dir, "answers.json"), String(staticPort)], {
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${staticPort}`;
  while (!(await fetch(url).then(() => true, () => false))) await sleep(100);
  return {
    label: "node:http static",
    url,
    rss: () => (child.pid ? processRssMiB(child.pid) : 0),
    stop: async () => void child.kill("SIGTERM"),
  };
}

/** nginx's master and workers. */
function processTreeRss(pid: number | undefined): number {
  if (!pid) return 0;
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
  } catch {}
  return processRssMiB(pid) + children.reduce((sum, child) => sum + processRssMiB(child), 0);
}

async function main() {
  let database: Database;
  if (existing) {
    const found = await existingPostgresDatabase(existing);
    database = found;
    entries = found.entries;
    console.log(`Using ${database.label}: ${entries} entries.`);
  } else {
    database =
      engine === "postgres" ? await freshPostgresDatabase(flag("postgres", "postgres://postgres@127.0.0.1:5432/postgres")) : freshEmbeddedDatabase();
    cleanups.push(() => database.drop());
    console.log(`Seeding ${database.label} with the seed record and ${entries} synthetic entries…`);
    seedDatabase(database, entries);
  }

  const servers: Server[] = [];
  for (let i = 0; i < instances; i++) {
    const appPort = port + 1 + i;
    await ensurePortFree(appPort);
    // One at a time: the first start builds when needed, and instances share the build.
    const server = await startServer(database, appPort, {
      logFile: path.join(root, `.bench-server-${appPort}.log`),
      env: i > 0 ? { SKIP_BUILD: "1" } : {},
    });
    cleanups.push(() => server.stop());
    servers.push(server);
  }
  const appRss = () => servers.reduce((sum, s) => sum + s.rssMiB(), 0);
  let appUrl = servers[0]!.url;
  let front = "";
  if (proxy === "nginx") {
    const nginx = await startNginx(port + 20, (dir) =>
      renderRecordConf({ listen: `127.0.0.1:${port + 20}`, serverName: "127.0.0.1", upstreams: servers.map((s) => s.url.replace("http://", "")), cachePath: `${dir}/cache` }),
    );
    cleanups.push(() => nginx.stop());
    appUrl = nginx.url;
    front = ` behind nginx (deploy/nginx/record.conf.template)`;
  }

  const slug = await newestEntrySlug(servers[0]!.url);
  const routes = ["/", "/entries", `/entries/${slug}`, "/entries?q=Lachin", "/recognition", "/feed.xml", ...(has("search") ? [SEARCH_ROUTE, NO_MATCH_ROUTE] : [])];
  const show = (route: string) => `\`${route.replace(slug, "[slug]")}\``;
  // Warm the caches once, as a running site's would be.
  const cacheable = routes.filter((route) => !UNCACHED_PATHS[route]);
  for (const route of cacheable) await fetch(appUrl + route).then((r) => r.arrayBuffer());

  // Through nginx: what its micro-cache does with each route (the second request after the warm-up one).
  const cacheStatus = new Map<string, string>();
  if (proxy === "nginx") {
    for (const route of cacheable) cacheStatus.set(route, (await fetch(appUrl + route)).headers.get("x-cache-status") ?? "-");
    const signedIn = await fetch(`${appUrl}/feed.xml`, { headers: { Cookie: "authjs.session-token=bench" } });
    const admin = await fetch(`${appUrl}/login`);
    console.log(`nginx micro-cache: ${routes.map((r) => `${show(r)} ${cacheStatus.get(r)}`).join(", ")}; /feed.xml with a session cookie ${signedIn.headers.get("x-cache-status")}; /login ${admin.headers.get("x-cache-status")}`);
  }

  let mixed: autocannon.Result | undefined;
  if (mixedSeconds > 0) {
    mixed = await runLoad({
      url: appUrl,
      connections,
      duration: mixedSeconds,
      timeout: 10,
      requests: cacheable.map((route) => ({ method: "GET" as const, path: route })),
    });
  }
  const app = await loadEach(appUrl, routes, appRss);

  let statics: Row[] | undefined;
  let staticLabel = "";
  if (baseline) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-bench-static-"));
    fs.chmodSync(dir, 0o755);
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const manifest = await saveAnswers(servers[0]!.url, cacheable, dir);
    const server = await startStatic(dir, manifest, port + 21);
    cleanups.push(() => server.stop());
    staticLabel = server.label;
    statics = await loadEach(server.url, cacheable, server.rss);
  }

  console.log(`\nLoad test ${new Date().toISOString()} on ${machine()}`);
  console.log(
    `${instances} instance${instances > 1 ? "s" : ""} on ${database.label}${front}; ${existing ? `${entries} entries` : `seed record + ${entries} synthetic entries`}; ${connections} connections, ${duration} s per route`,
  );
  if (mixed) {
    console.log(
      `Mixed run (${mixedSeconds} s, every route in turn): ${mixed.requests.average.toFixed(0)} requests/s, p50 ${mixed.latency.p50} ms, p99 ${mixed.latency.p99} ms, errors ${mixed.errors}, non-2xx ${mixed.non2xx}`,
    );
  }
  console.log(`\n| route | requests/s | p50 ms | p99 ms | errors | non-2xx | app RSS MiB |${statics ? ` ${staticLabel} requests/s | p50 ms | ratio app/static |` : ""}`);
  console.log(`|---|---|---|---|---|---|---|${statics ? "---|---|---|" : ""}`);
  for (const [i, { route, result, rssMiB }] of app.entries()) {
    const s = statics?.[cacheable.indexOf(route)];
    const ratio = s ? (result.requests.average / Math.max(1, s.result.requests.average)).toFixed(3) : "";
    console.log(
      `| ${show(route)} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.timeouts} | ${result.non2xx} | ${rssMiB.toFixed(0)} |` +
        (s ? ` ${s.result.requests.average.toFixed(0)} | ${s.result.latency.p50} | ${ratio} |` : ""),
    );
  }
  const failed = [...(mixed ? [mixed] : []), ...app.map((r) => r.result)].some((r) => r.errors > 0 || r.non2xx > 0);
  console.log(failed ? "RESULT: FAILED (errors or non-2xx answers)" : "RESULT: OK (no errors, no non-2xx)");
  process.exitCode = failed ? 1 : 0;
}

main()
  .catch((error) => {
    console.error(`Error: ${describeError(error)}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
