// What the server does once when it starts: migrate, seed an empty database, listen for changes to the record,
// start the archive worker, and close cleanly on exit.
import "server-only";
import { closeDb, getEngine } from "@/db";
import { DataDirLockedError } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { startArchiveWorker, stopArchiveWorker } from "@/lib/archive/worker";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { databaseErrorCode } from "@/lib/db-errors";
import { ConfigError } from "@/lib/env";
import { log } from "@/lib/log";
import { describeError } from "@/lib/log-error";
import { startRecordListener, stopRecordListener } from "@/lib/record-listener";
import { seedIfEmpty } from "@/lib/seed/record";
import { refreshRemovedEntrySlugs } from "@/lib/entries/removed-slugs";
import { announceSetupLink } from "@/lib/users/first-run";

const RETRY_MS = 3000;

/** One line a person can act on, for the errors that bad configuration causes. */
export function describeStartupError(error: unknown): string | null {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) return error.message;
  const code = databaseErrorCode(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "CONNECT_TIMEOUT" || code === "EAI_AGAIN") {
    return `Cannot reach the database in DATABASE_URL (${code})`;
  }
  if (code === "28P01" || code === "28000") return "The database refused the credentials in DATABASE_URL";
  if (code === "3D000") return "The database named in DATABASE_URL does not exist";
  return null;
}

async function prepareDatabase(): Promise<void> {
  await runMigrations();
  const added = await seedIfEmpty();
  if (added.entries > 0) log.info(`Seeded the record: ${added.entries} entries, ${added.actors} actors`);
  await announceSetupLink();
  await refreshRemovedEntrySlugs();
}

// On globalThis: instrumentation and the route bundles load separate copies of this module.
const state = globalThis as unknown as { __recordStarted?: boolean; __recordReady?: boolean };

export async function startServer(): Promise<void> {
  if (state.__recordStarted) return;
  state.__recordStarted = true;
  try {
    // Before anything else: without a secret no session can be signed, so refuse to start at all.
    resolveAuthSecret();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
  installShutdown();
  await prepareWithRetry();
}

/** The first try is awaited; if the database is unreachable, later tries run in the background. */
async function prepareWithRetry(): Promise<void> {
  try {
    await prepareDatabase();
    state.__recordReady = true;
    log.info(`Database ready (${getEngine()})`);
    // After the migrations, which create the triggers it hears from.
    await startRecordListener();
    // Captures and link checks queued in the database (lib/archive/): after the migrations that create the queue.
    startArchiveWorker();
  } catch (error) {
    const line = describeStartupError(error);
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(`Error: ${line}`);
      process.exit(1);
    }
    if (!line) throw error;
    // Serve what needs no database meanwhile (health answers 503) and keep trying.
    console.error(`Error: ${line}; retrying every ${RETRY_MS / 1000} s`);
    await closeDb().catch(() => {});
    setTimeout(() => void prepareWithRetry().catch((e) => log.error({ err: e }, "database preparation failed")), RETRY_MS);
  }
}

/** False until migrations have run in this process. */
export function isDatabasePrepared(): boolean {
  return state.__recordReady === true;
}

function installShutdown() {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info(`Received ${signal}, closing the database`);
    stopArchiveWorker()
      .catch((error) => console.error(`Error while stopping the archive worker: ${describeError(error)}`))
      .then(() => stopRecordListener())
      .catch((error) => console.error(`Error while closing the record listener: ${describeError(error)}`))
      .then(() => closeDb())
      .catch((error) => console.error(`Error while closing the database: ${describeError(error)}`))
      .finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
