// The archive worker inside the server process (started by lib/startup.ts, both engines): polls the queue,
// runs at most ARCHIVE_CONCURRENCY fetches at once, waits ARCHIVE_HOST_DELAY_MS between two fetches from one
// host, and every so often queues a check of the links not checked for LINK_CHECK_INTERVAL_HOURS.
import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { getDb, type Database } from "@/db";
import type { ArchiveJobKind } from "@/lib/constants";
import { log } from "@/lib/log";
import { describeError } from "@/lib/log-error";
import { getArchiveConfig } from "./config";
import { claimJob, completeJob, enqueueChecks, failJob, pendingCount, postponeJob, type ArchiveJob } from "./jobs";
import { recordFailure, runJob, type JobOutcome } from "./process";

const POLL_MS = 2000;
const SCHEDULE_MS = 60 * 60 * 1000;

/** The next moment each host may be fetched from, in this process. */
export class HostPacer {
  private readonly next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}
  /** 0 when the host may be fetched now (and reserves the slot), else how long to wait. */
  take(url: string, now = Date.now()): number {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      return 0;
    }
    const at = this.next.get(host) ?? 0;
    if (at > now) return at - now;
    this.next.set(host, now + this.delayMs);
    return 0;
  }
}

/** One claimed job, run and settled: completed, retried later, or closed with the link recorded dead. */
export async function settleJob(db: Database, job: ArchiveJob, workerId: string): Promise<JobOutcome> {
  let outcome: JobOutcome;
  try {
    outcome = await runJob(job, db);
  } catch (error) {
    outcome = { ok: false, error: describeError(error), permanent: false, status: "dead" };
  }
  if (outcome.ok) {
    await completeJob(db, job, workerId);
  } else {
    const again = await failJob(db, job, workerId, outcome.error, { permanent: outcome.permanent });
    if (!again) await recordFailure(db, job.url, outcome.error);
  }
  return outcome;
}

/**
 * Runs due jobs until none is left (or `stop` says so), with the same politeness as the worker: the
 * command-line check and the tests use it. Returns how many jobs ran.
 */
export async function drainJobs({
  db = getDb(),
  kinds = ["capture", "check"],
  concurrency = getArchiveConfig().concurrency,
  hostDelayMs = getArchiveConfig().hostDelayMs,
  workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
  onSettled,
}: {
  db?: Database;
  kinds?: readonly ArchiveJobKind[];
  concurrency?: number;
  hostDelayMs?: number;
  workerId?: string;
  onSettled?: (job: ArchiveJob, outcome: JobOutcome) => void;
} = {}): Promise<number> {
  const pacer = new HostPacer(hostDelayMs);
  let ran = 0;
  // Jobs this run put back because their host was resting: it waits for them rather than leave them behind.
  const postponed = new Set<number>();
  const lane = async () => {
    for (;;) {
      const job = await claimJob(db, workerId, kinds);
      if (!job) {
        if (postponed.size === 0 || (await pendingCount(db, [...postponed])) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      const wait = pacer.take(job.url);
      if (wait > 0) {
        postponed.add(job.id);
        await postponeJob(db, job, workerId, wait);
        continue;
      }
      postponed.delete(job.id);
      const outcome = await settleJob(db, job, workerId);
      ran++;
      onSettled?.(job, outcome);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return ran;
}

type WorkerState = { timer?: NodeJS.Timeout; scheduler?: NodeJS.Timeout; running: Set<Promise<unknown>>; stopped: boolean };
const state = globalThis as unknown as { __archiveWorker?: WorkerState };

/** Starts the worker once per process (unless ARCHIVE_WORKER=off). */
export function startArchiveWorker(): void {
  if (state.__archiveWorker) return;
  const config = getArchiveConfig();
  if (!config.worker) {
    log.info("Archive worker off (ARCHIVE_WORKER=off)");
    return;
  }
  const worker: WorkerState = { running: new Set(), stopped: false };
  state.__archiveWorker = worker;
  const workerId = `${os.hostname()}:${process.pid}`;
  const pacer = new HostPacer(config.hostDelayMs);
  const db = getDb();

  const poll = async () => {
    while (!worker.stopped && worker.running.size < config.concurrency) {
      const job = await claimJob(db, workerId);
      if (!job) return;
      const wait = pacer.take(job.url);
      if (wait > 0) {
        await postponeJob(db, job, workerId, wait);
        continue;
      }
      const run: Promise<unknown> = settleJob(db, job, workerId)
        .then((outcome) => log.info({ job: job.id, kind: job.kind, outcome: outcome.ok ? outcome.status : outcome.error }, "archive job"))
        .catch((error) => log.error({ err: error, job: job.id }, "archive job failed"))
        .finally(() => worker.running.delete(run));
      worker.running.add(run);
    }
  };
  const tick = () => {
    if (worker.stopped) return;
    poll()
      .catch((error) => log.warn({ err: error }, "archive worker could not poll"))
      .finally(() => {
        if (!worker.stopped) worker.timer = setTimeout(tick, POLL_MS);
      });
  };
  worker.timer = setTimeout(tick, POLL_MS);

  if (config.linkCheckIntervalHours > 0) {
    const schedule = () =>
      enqueueChecks(db, { olderThanHours: config.linkCheckIntervalHours, spacingSeconds: Math.ceil(config.hostDelayMs / 1000) })
        .then((n) => n > 0 && log.info(`Queued ${n} link checks`))
        .catch((error) => log.warn({ err: error }, "could not queue link checks"));
    worker.scheduler = setInterval(schedule, Math.min(SCHEDULE_MS, config.linkCheckIntervalHours * 3600 * 1000));
    worker.scheduler.unref();
    void schedule();
  }
  log.info(`Archive worker started (${config.concurrency} at once, ${config.hostDelayMs} ms per host)`);
}

/** Stops polling and waits for the fetches under way (each ends within the 10 s fetch limit). */
export async function stopArchiveWorker(): Promise<void> {
  const worker = state.__archiveWorker;
  if (!worker) return;
  worker.stopped = true;
  clearTimeout(worker.timer);
  clearInterval(worker.scheduler);
  await Promise.allSettled([...worker.running]);
  state.__archiveWorker = undefined;
}
