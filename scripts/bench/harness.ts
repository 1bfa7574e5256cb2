// Shared by the load and fault scripts: a fresh database, the seed record plus synthetic entries, and the
// production server (npm start: builds when needed) on a loopback port, stopped at the end.
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

export const root = path.resolve(import.meta.dirname, "..", "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

export type Database = { env: Record<string, string>; label: string; drop: () => Promise<void> };

/** An empty embedded database in a temporary DATA_DIR. */
export function freshEmbeddedDatabase(): Database {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
  return {
    env: { DATA_DIR: dataDir },
    label: "embedded PGlite",
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A new, empty database on a PostgreSQL server (the local one by default), dropped at the end. */
export async function freshPostgresDatabase(serverUrl: string): Promise<Database> {
  const name = `record_bench_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), AUTH_SECRET: randomBytes(32).toString("base64url") },
    label: `PostgreSQL ${await serverVersion(serverUrl)}`,
    drop: async () => {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end();
    },
  };
}

/**
 * An existing PostgreSQL database, already migrated and seeded (a 100,000-entry one takes minutes to seed): used as
 * it is and kept afterwards. Its entries are counted for the report.
 */
export async function existingPostgresDatabase(databaseUrl: string): Promise<Database & { entries: number }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const counted = await sql`select count(*)::int as n from entries where deleted_at is null`.catch((error: { code?: string }) => {
    if (error.code !== "42P01") throw error;
    throw new Error(
      `--database ${new URL(databaseUrl).pathname.slice(1)} has no entries table: migrate and seed it first ` +
        "(DATABASE_URL=… npm run db:migrate && DATABASE_URL=… npm run db:seed -- --synthetic 100000; docs/OPERATIONS.md)",
    );
  }).finally(() => sql.end());
  const row = counted[0];
  return {
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url") },
    label: `PostgreSQL ${await serverVersion(databaseUrl)} (existing database, kept)`,
    entries: Number(row?.n ?? 0),
    drop: async () => {},
  };
}

async function serverVersion(serverUrl: string): Promise<string> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [row] = await sql`show server_version`;
  await sql.end();
  return String(row?.server_version ?? "?");
}

/** Migrates, loads the seed record and adds `synthetic` entries (npm run db:seed -- --synthetic N). */
export function seedDatabase(database: Database, synthetic: number): void {
  const args = ["--conditions=react-server", path.join(root, "scripts", "db-seed.ts"), "--synthetic", String(synthetic)];
  const run = spawnSync(tsx, args, { cwd: root, env: { ...process.env, ...database.env }, stdio: ["ignore", "inherit", "inherit"] });
  if (run.status !== 0) throw new Error(`db:seed failed with status ${run.status}`);
}

export type Server = {
  url: string;
  process: ChildProcess;
  exited: () => boolean;
  /** Resident memory of the server process (scripts/server.mjs, the child of npm start's script), in MiB. */
  rssMiB: () => number;
  /** That process's id (for a signal: SIGUSR2 logs its memory). */
  serverPid: () => number;
  stop: () => Promise<void>;
};

function readProc(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** VmRSS of a process, from /proc/<pid>/status (Linux), in MiB; 0 where /proc cannot say. */
export function processRssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`))?.[1] ?? 0) / 1024;
}

/** The server process npm start runs (scripts/server.mjs, the child of scripts/start.mjs), or the script itself. */
function serverPid(startPid: number): number {
  const children = readProc(`/proc/${startPid}/task/${startPid}/children`).split(/\s+/).filter(Boolean).map(Number);
  return children[0] ?? startPid;
}

/** npm start on 127.0.0.1:port against the database; resolves once /healthz answers 200 (or at all, with
 * `until: "answering"`, for a server whose database is down). */
export async function startServer(
  database: Database,
  port: number,
  { logFile, until = "healthy", env = {} }: { logFile: string; until?: "healthy" | "answering"; env?: Record<string, string> },
): Promise<Server> {
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, ...database.env, PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", log, log],
  });
  let hasExited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((hasExited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  // Generous: the first start may build the site.
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the server exited during start-up; see ${logFile}`);
    const ok = await fetch(`${url}/healthz`).then((r) => (until === "healthy" ? r.ok : true), () => false);
    if (ok) break;
    await sleep(500);
  }
  if (Date.now() >= deadline) throw new Error(`the server did not become healthy; see ${logFile}`);
  return {
    url,
    process: child,
    exited: () => hasExited,
    rssMiB: () => (child.pid ? processRssMiB(serverPid(child.pid)) : 0),
    serverPid: () => (child.pid ? serverPid(child.pid) : 0),
    stop: async () => {
      if (!hasExited) child.kill("SIGTERM");
      await Promise.race([exit, sleep(15_000)]);
      if (!hasExited) child.kill("SIGKILL");
      fs.closeSync(log);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The slug of the newest published entry, for the entry page. */
export async function newestEntrySlug(url: string): Promise<string> {
  const answer = await fetch(`${url}/api/v1/entries?limit=1`);
  const body = (await answer.json()) as { data: Array<{ slug: string }> };
  const slug = body.data[0]?.slug;
  if (!slug) throw new Error("the record has no published entry");
  return slug;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.versions.node}, ${os.type()} ${os.release()}`;
}

export function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/** Runs autocannon; reports each answer's status and each connection error as they come. */
export function runLoad(
  options: autocannon.Options,
  { onResponse, onError }: { onResponse?: (status: number) => void; onError?: () => void } = {},
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", (_client, status) => onResponse(status));
    if (onError) instance.on("reqError", onError);
  });
}
