// The one database client: PostgreSQL through postgres.js when DATABASE_URL is set, embedded PGlite otherwise.
import "server-only";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { ConfigError, getEnv } from "@/lib/env";
import { acquireDataDirLock } from "./lock";
import { pgliteStartParams } from "./pglite-settings";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = "pglite" | "postgres";

/** A subscription to a NOTIFY channel; `onListening` runs each time the LISTEN is (re)established. */
export type Listener = { close: () => Promise<void> };
type Listen = (channel: string, onNotify: (payload: string) => void, onListening: () => void) => Promise<Listener>;

type Handle = { db: Database; engine: Engine; close: () => Promise<void>; listen: Listen };

/** How PostgreSQL lists the connection that listens for changes (pg_stat_activity.application_name). */
export const LISTENER_APPLICATION_NAME = "artsakh-record-listener";

// Kept on globalThis so every module graph in the server process shares one client.
const globalForDb = globalThis as unknown as { __recordDb?: Handle; __recordQueryListeners?: Set<QueryListener> };

export type QueryListener = (query: { sql: string; params: unknown[] }) => void;
const queryListeners = (globalForDb.__recordQueryListeners ??= new Set());

/** Drizzle's logger hook: nothing is logged unless someone listens (the EXPLAIN test and script do). */
const logger = {
  logQuery(query: string, params: unknown[]) {
    for (const listener of queryListeners) listener({ sql: query, params });
  },
};

/** Runs `run` and returns the SQL and parameters of every query it sent, in order (for EXPLAIN). */
export async function captureQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: { sql: string; params: unknown[] }[] }> {
  const queries: { sql: string; params: unknown[] }[] = [];
  const listener: QueryListener = (q) => queries.push(q);
  queryListeners.add(listener);
  try {
    return { result: await run(), queries };
  } finally {
    queryListeners.delete(listener);
  }
}

function openPglite(dataDir: string): Handle {
  if (dataDir === "memory://") {
    const client = new PGlite({ startParams: pgliteStartParams() });
    return {
      db: drizzlePglite(client, { schema, logger }) as unknown as Database,
      engine: "pglite",
      close: () => client.close(),
      listen: pgliteListen(client),
    };
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch {
    throw new ConfigError(`DATA_DIR ${dataDir} is not a writable directory`);
  }
  const release = acquireDataDirLock(dataDir);
  // Bounded buffers (db/pglite-settings.ts): the engine's memory in this process has a ceiling.
  const client = new PGlite(`${dataDir}/pgdata`, { startParams: pgliteStartParams() });
  return {
    db: drizzlePglite(client, { schema, logger }) as unknown as Database,
    engine: "pglite",
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        release();
      }
    },
    listen: pgliteListen(client),
  };
}

/** The embedded engine is one connection in this process: its notifications arrive after each commit. */
function pgliteListen(client: PGlite): Listen {
  return async (channel, onNotify, onListening) => {
    const unlisten = await client.listen(channel, onNotify);
    onListening();
    return { close: () => (client.closed ? Promise.resolve() : unlisten()) };
  };
}

/** The same capped back-off as the pool (below), for the pool and the listener alike. */
const backoff = (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.75 + Math.random() / 4);

/**
 * LISTEN on a connection of its own, outside the pool (a pooled connection would be handed to queries and the
 * subscription lost). postgres.js reconnects it by itself and issues LISTEN again, then calls `onListening`:
 * notifications sent while it was away are not replayed, so the caller treats every call as "anything may
 * have changed".
 */
function postgresListen(url: string): Listen {
  return async (channel, onNotify, onListening) => {
    const client = postgres(url, {
      max: 1,
      connect_timeout: 5,
      backoff,
      onnotice: () => {},
      connection: { application_name: LISTENER_APPLICATION_NAME },
    });
    try {
      await client.listen(channel, onNotify, onListening);
    } catch (error) {
      await client.end({ timeout: 0 }).catch(() => {});
      throw error;
    }
    return { close: () => client.end({ timeout: 1 }) };
  };
}

function openPostgres(url: string, poolMax: number, statementTimeoutMs: number): Handle {
  const client = postgres(url, {
    max: poolMax,
    connect_timeout: 5,
    idle_timeout: 30,
    max_lifetime: 60 * 30,
    // postgres.js waits up to 20 s between reconnection tries after repeated failures, and queries queue behind
    // the wait: during an outage that is a hung request, and after it a late recovery. At most 1 s, so requests
    // fail fast (503) while the server is down and the pool is back within a second of it.
    backoff,
    onnotice: () => {},
    connection: { statement_timeout: statementTimeoutMs, application_name: "artsakh-record" },
  });
  return {
    db: drizzlePostgres(client, { schema, logger }) as unknown as Database,
    engine: "postgres",
    close: () => client.end({ timeout: 5 }),
    listen: postgresListen(url),
  };
}

function handle(): Handle {
  if (!globalForDb.__recordDb) {
    const env = getEnv();
    globalForDb.__recordDb = env.databaseUrl
      ? openPostgres(env.databaseUrl, env.poolMax, env.statementTimeoutMs)
      : openPglite(env.dataDir);
  }
  return globalForDb.__recordDb;
}

export function getDb(): Database {
  return handle().db;
}

export function getEngine(): Engine {
  return handle().engine;
}

/** Subscribes to a NOTIFY channel of the open database (its own connection on PostgreSQL). */
export function listenToDb(channel: string, onNotify: (payload: string) => void, onListening: () => void): Promise<Listener> {
  return handle().listen(channel, onNotify, onListening);
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__recordDb;
  globalForDb.__recordDb = undefined;
  if (current) await current.close();
}

export { schema };
