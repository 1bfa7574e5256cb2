// npm run bench:fault — starts the app while the local PostgreSQL is stopped (it must serve once PostgreSQL is back),
// then stops and restarts PostgreSQL under load and reports what readers saw:
// requests failed during the outage (and that they were 503s, not 500s or hangs), time to recovery after the
// server came back, that the app process never restarted, and that every entry written before the outage is
// intact. Then it locks the entries table and times the answers (statement timeout → 503 within seconds).
// Needs root (pg_ctlcluster) and the local server; it always starts PostgreSQL again. See docs/OPERATIONS.md.
// Flags: --entries N (2000), --connections N (20), --outage S (10), --postgres URL
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describeError } from "@/lib/log-error";
import postgres from "postgres";
import { flag, freshPostgresDatabase, type Database, type Server, machine, root, runLoad, seedDatabase, sleep, startServer } from "./bench/harness";

const serverUrl = flag("postgres", "postgres://postgres@127.0.0.1:5432/postgres");
const entries = Number(flag("entries", "2000"));
const connections = Number(flag("connections", "20"));
const outageSeconds = Number(flag("outage", "10"));
const port = Number(flag("port", "3301"));
const cluster = fs.readdirSync("/etc/postgresql")[0]!;

// Whether this script has PostgreSQL stopped: whatever happens, main() starts it again, and so does an interrupt.
let postgresStopped = false;
let running: Server | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (postgresStopped) pgctl("start");
    running?.process.kill("SIGTERM");
    console.error(`Interrupted; PostgreSQL is running. The bench database (record_bench_${process.pid}_…) is left to drop.`);
    process.exit(130);
  });
}

function pgctl(action: "stop" | "start") {
  const args = ["--skip-systemctl-redirect", cluster, "main", action, ...(action === "stop" ? ["-m", "fast"] : [])];
  execFileSync("pg_ctlcluster", args, { stdio: "inherit" });
  postgresStopped = action === "stop";
}

async function postgresAccepts(): Promise<boolean> {
  const sql = postgres(serverUrl, { max: 1, connect_timeout: 1, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/** Every entry's id, version and content, with its sources and actor links, as one digest per entry. */
async function recordDigest(databaseUrl: string): Promise<Map<string, string>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<{ id: string; digest: string }[]>`
    select e.id::text as id, md5(
      row(e.id, e.version, e.slug, e.title, e.summary, e.body, e.status, e.date, e.deleted_at)::text
      || coalesce((select string_agg(row(s.position, s.url, s.title, s.quote)::text, '|' order by s.position) from sources s where s.entry_id = e.id), '')
      || coalesce((select string_agg(row(a.actor_id, a.role)::text, '|' order by a.actor_id, a.role) from entry_actors a where a.entry_id = e.id), '')
    ) as digest
    from entries e`;
  await sql.end();
  return new Map(rows.map((r) => [r.id, r.digest]));
}

type Sample = { at: number; status: number };

async function main() {
  if (!(await postgresAccepts())) throw new Error(`PostgreSQL does not answer at ${serverUrl}`);
  const database = await freshPostgresDatabase(serverUrl);
  try {
    await exercise(database);
  } finally {
    if (postgresStopped) pgctl("start");
    await database.drop().catch((error) => console.error(`could not drop the bench database: ${describeError(error)}`));
  }
}

async function exercise(database: Database) {
  console.log(`Seeding ${database.label} with the seed record and ${entries} synthetic entries…`);
  seedDatabase(database, entries);
  // First: the app starts while PostgreSQL is down, and serves as soon as it is back.
  pgctl("stop");
  const logFile = path.join(root, `.bench-server-${port}.log`);
  const server = await startServer(database, port, { logFile, until: "answering" });
  running = server;
  const serverPid = server.process.pid;
  try {
    const healthWhileDown = await fetch(`${server.url}/healthz`).then((r) => r.status, () => 0);
    await sleep(2000);
    pgctl("start");
    while (!(await postgresAccepts())) await sleep(50);
    const upAt = Date.now();
    while ((await fetch(`${server.url}/healthz`).then((r) => r.status, () => 0)) !== 200 && Date.now() - upAt < 60_000) await sleep(100);
    const startup = {
      healthWhileDown,
      logged: fs.readFileSync(logFile, "utf8").includes("Cannot reach the database in DATABASE_URL"),
      servingAfterMs: Date.now() - upAt,
    };

    // Entries written through the editors' write path just before the outage.
    const written = await writeEntriesBeforeOutage(database.env.DATABASE_URL!);
    const before = await recordDigest(database.env.DATABASE_URL!);

    // Cached pages (warm) and pages whose data is never cached before (a new search each time).
    const routes = ["/", "/entries", "/feed.xml", "/healthz"];
    for (const route of routes) await fetch(server.url + route).then((r) => r.arrayBuffer());
    const samples: Sample[] = [];
    let searchCounter = 0;
    const total = 8 + outageSeconds + 12;
    const errors: number[] = [];
    const finished = runLoad(
      {
        url: server.url,
        connections,
        duration: total,
        timeout: 10,
        requests: [
          ...routes.map((route) => ({ method: "GET" as const, path: route })),
          { method: "GET" as const, setupRequest: (req) => ({ ...req, path: `/entries?q=outage${searchCounter++}` }) },
        ],
      },
      { onResponse: (status) => samples.push({ at: Date.now(), status }), onError: () => errors.push(Date.now()) },
    );

    await sleep(8000);
    const stoppedAt = Date.now();
    pgctl("stop");
    console.log(`PostgreSQL stopped at +${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);
    const duringOutage: Record<string, number> = {};
    const probe = async (route: string) => {
      const started = Date.now();
      const answer = await fetch(server.url + route, { signal: AbortSignal.timeout(15_000) }).catch(() => null);
      return { status: answer?.status ?? 0, ms: Date.now() - started };
    };
    await sleep(1000);
    const outageProbes = {
      "/ (cached)": await probe("/"),
      "/entries?q=… (not cached)": await probe(`/entries?q=probe${Date.now()}`),
      "/api/v1/entries?tag=… (not cached)": await probe(`/api/v1/entries?tag=probe${Date.now()}`),
      "/healthz": await probe("/healthz"),
    };
    await sleep(Math.max(0, outageSeconds * 1000 - (Date.now() - stoppedAt)));

    pgctl("start");
    const startedAt = Date.now();
    while (!(await postgresAccepts())) await sleep(50);
    const acceptsAt = Date.now();
    let recoveredAt = 0;
    while (Date.now() - acceptsAt < 60_000) {
      const health = await fetch(`${server.url}/healthz`).then((r) => r.status, () => 0);
      const fresh = await fetch(`${server.url}/entries?q=recovered${Date.now()}`).then((r) => r.status, () => 0);
      if (health === 200 && fresh === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(100);
    }
    const result = await finished;

    for (const s of samples) if (s.at >= stoppedAt && s.at <= (recoveredAt || Date.now())) duringOutage[s.status] = (duringOutage[s.status] ?? 0) + 1;
    const failedDuring = samples.filter((s) => s.at >= stoppedAt && s.at <= (recoveredAt || Date.now()) && s.status >= 500).length;
    const failedAfter = samples.filter((s) => recoveredAt && s.at > recoveredAt + 1000 && s.status >= 500).length;
    const servedDuring = samples.filter((s) => s.at >= stoppedAt && s.at <= (recoveredAt || Date.now()) && s.status < 400).length;
    const fiveHundreds = samples.filter((s) => s.status === 500).length;

    const after = await recordDigest(database.env.DATABASE_URL!);
    const missing = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...before].filter(([id, digest]) => after.has(id) && after.get(id) !== digest).map(([id]) => id);
    const writtenIntact = written.every((id) => before.get(id) !== undefined && after.get(id) === before.get(id));

    const lock = await lockedTableAnswers(server.url, database.env.DATABASE_URL!);

    console.log(`\nFault test ${new Date().toISOString()} on ${machine()}`);
    console.log(`Database: ${database.label}, seed record + ${entries} synthetic entries; ${connections} connections for ${total} s; outage ${outageSeconds} s`);
    console.log(`\nstarted while PostgreSQL was down: /healthz ${startup.healthWhileDown}, "Cannot reach the database" logged: ${startup.logged}; serving ${(startup.servingAfterMs / 1000).toFixed(2)} s after PostgreSQL came up`);
    console.log(`\nduring the outage (single probes):`);
    for (const [route, { status, ms }] of Object.entries(outageProbes)) console.log(`  ${route}: ${status} in ${ms} ms`);
    console.log(`answers from PostgreSQL stopped to recovery: ${JSON.stringify(duringOutage)} (served ${servedDuring}, failed ${failedDuring})`);
    console.log(`connection errors or timeouts under load: ${errors.length + result.timeouts}`);
    console.log(`PostgreSQL accepted connections ${((acceptsAt - startedAt) / 1000).toFixed(1)} s after its start command`);
    console.log(recoveredAt ? `recovery: /healthz and an uncached page answered 200 ${((recoveredAt - acceptsAt) / 1000).toFixed(2)} s after PostgreSQL accepted connections` : "recovery: NOT within 60 s");
    console.log(`5xx after recovery: ${failedAfter}; HTTP 500 at any time: ${fiveHundreds}`);
    console.log(`app process ${serverPid}: ${server.exited() ? "EXITED (restarted?)" : "ran throughout, never restarted"}`);
    console.log(`entries before the outage: ${before.size}; after: ${after.size}; missing ${missing.length}; changed ${changed.length}; the ${written.length} written just before: ${writtenIntact ? "intact" : "NOT intact"}`);
    console.log(`locked entries table (statement timeout): ${lock.map((l) => `${l.route} ${l.status} in ${l.ms} ms`).join("; ")}`);

    const ok =
      startup.healthWhileDown === 503 &&
      startup.logged &&
      startup.servingAfterMs <= 5000 &&
      recoveredAt > 0 &&
      recoveredAt - acceptsAt <= 5000 &&
      failedAfter === 0 &&
      fiveHundreds === 0 &&
      !server.exited() &&
      missing.length === 0 &&
      changed.length === 0 &&
      writtenIntact &&
      lock.every((l) => l.status === 503 && l.ms < 10_000);
    console.log(ok ? "RESULT: OK" : "RESULT: FAILED");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

/** Publishes entries with sources and actors through lib/entries (one transaction each), returns their ids. */
async function writeEntriesBeforeOutage(databaseUrl: string): Promise<string[]> {
  process.env.DATABASE_URL = databaseUrl;
  const { createEntry } = await import("@/lib/entries/write");
  const { entryInputSchema } = await import("@/lib/entries/input");
  const { closeDb, getDb, schema } = await import("@/db");
  const [actor] = await getDb().select({ id: schema.actors.id }).from(schema.actors).limit(1);
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    const input = entryInputSchema.parse({
      kind: "statement",
      title: `Fault test statement ${i} before the outage`,
      summary: "Written just before PostgreSQL stops.",
      body: "",
      date: "2023-09-19",
      dateQualifier: null,
      place: "Stepanakert",
      translations: {},
      tags: ["fault-test"],
      originalLanguage: "en",
      details: { form: "press_release", quotes: [] },
      actors: actor ? [{ actorId: actor.id, role: "speaker", titleAtTime: null }] : [],
      sources: [1, 2].map((n) => ({
        url: `https://example.org/fault-test/${i}/${n}`,
        title: `Source ${n}`,
        publisher: "Example Press",
        author: null,
        publishedOn: "2023-09-19",
        accessedOn: "2024-01-02",
        archiveUrl: null,
        language: "en",
        quote: "",
        quoteTranslation: "",
        locator: "",
        tier: "secondary",
      })),
    });
    const saved = await createEntry({ input, userId: null, status: "published" });
    ids.push(saved.id);
  }
  await closeDb();
  return ids;
}

/** Holds an exclusive lock on entries while uncached pages are asked for; they must fail fast, as 503. */
async function lockedTableAnswers(url: string, databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const answers: Array<{ route: string; status: number; ms: number }> = [];
  await sql.begin(async (tx) => {
    await tx`lock table entries in access exclusive mode`;
    await Promise.all(
      [`/entries?q=locked${Date.now()}`, `/api/v1/entries?tag=locked${Date.now()}`].map(async (route) => {
        const started = Date.now();
        const status = await fetch(url + route, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0);
        answers.push({ route: route.replace(/\d+$/, "…"), status, ms: Date.now() - started });
      }),
    );
  });
  await sql.end();
  return answers;
}

main().catch((error) => {
  console.error(`Error: ${describeError(error)}`);
  process.exit(1);
});
