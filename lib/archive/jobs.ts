// The archive's durable queue (archive_jobs): jobs are rows, enqueued inside the transaction that cites a URL,
// claimed with FOR UPDATE SKIP LOCKED under a lease (several workers, on one instance or many, never take the
// same job; a job whose worker died is taken again once its lease ends), retried with back-off.
import "server-only";
import { sql } from "drizzle-orm";
import type { ArchiveJobKind } from "@/lib/constants";
import type { Executor } from "@/lib/tx";
import { rowsOf } from "@/lib/rows";

export type ArchiveJob = { id: number; kind: ArchiveJobKind; url: string; attempts: number };

/** How long a worker holds a claimed job: well past the 10 s fetch and the writes after it. */
export const LEASE_SECONDS = 120;
/** Waits after the first, second, … failed attempt. */
const BACKOFF_SECONDS = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600];
export const MAX_ATTEMPTS: Record<ArchiveJobKind, number> = { capture: 5, check: 3 };

const HTTP_URL = /^https?:\/\//i;

/** Queues a capture of each URL (one pending job per URL: queued twice is queued once). */
export async function enqueueCaptures(db: Executor, urls: Iterable<string>, delaySeconds = 0): Promise<void> {
  const list = [...new Set(urls)].filter((u) => HTTP_URL.test(u));
  if (list.length === 0) return;
  await db.execute(sql`
    insert into archive_jobs (kind, url, run_after)
    select 'capture', u, now() + ${delaySeconds} * interval '1 second' from unnest(${sql.param(list)}::text[]) as u
    on conflict do nothing`);
}

/** URLs queued for checks per statement: 200,000 cited URLs in one statement took the whole statement timeout. */
const CHECK_BATCH = 2000;

/**
 * Queues a check of every URL a source cites whose last check is older than `olderThanHours` (all of them when
 * 0), spread `spacingSeconds` apart, in batches of CHECK_BATCH URLs in URL order. Returns how many were queued.
 */
export async function enqueueChecks(db: Executor, { olderThanHours = 0, spacingSeconds = 0, batchSize = CHECK_BATCH } = {}): Promise<number> {
  let queued = 0;
  let after = "";
  for (;;) {
    const [batch] = rowsOf<{ queued: number; last: string | null }>(
      await db.execute(sql`
        with cited as (
          select distinct s.url from sources s join entries e on e.id = s.entry_id
          where s.url ~* '^https?://' and e.deleted_at is null and s.url > ${after}
          order by s.url limit ${batchSize}
        ),
        due as (
          select cited.url from cited left join source_links l on l.url = cited.url
          where ${olderThanHours} = 0 or l.checked_at is null or l.checked_at < now() - ${olderThanHours} * interval '1 hour'
        ),
        inserted as (
          insert into archive_jobs (kind, url, run_after)
          select 'check', due.url, now() + (${queued} + row_number() over (order by due.url) - 1) * ${spacingSeconds} * interval '1 second'
          from due
          on conflict do nothing
          returning id
        )
        select (select count(*)::int from inserted) as queued, (select max(url) from cited) as last`),
    );
    queued += Number(batch?.queued ?? 0);
    if (!batch?.last) return queued;
    after = batch.last;
  }
}

/** Spreads the pending captures out, `spacingSeconds` apart (the seed's citations, queued all at once). */
export async function spreadPendingCaptures(db: Executor, spacingSeconds: number): Promise<void> {
  await db.execute(sql`
    update archive_jobs j set run_after = now() + o.n * ${spacingSeconds} * interval '1 second'
    from (select id, row_number() over (order by id) as n from archive_jobs where kind = 'capture' and done_at is null) o
    where j.id = o.id`);
}

/** Takes the next due job that no live worker holds, or null. */
export async function claimJob(db: Executor, workerId: string, kinds: readonly ArchiveJobKind[] = ["capture", "check"]): Promise<ArchiveJob | null> {
  const [job] = rowsOf<ArchiveJob>(
    await db.execute(sql`
      update archive_jobs set locked_until = now() + ${LEASE_SECONDS} * interval '1 second', locked_by = ${workerId}, attempts = attempts + 1
      where id = (
        select id from archive_jobs
        where done_at is null and run_after <= now() and (locked_until is null or locked_until < now())
          and kind = any(${sql.param([...kinds])}::text[])
        order by run_after, id
        limit 1
        for update skip locked)
      returning id, kind, url, attempts`),
  );
  return job ? { ...job, id: Number(job.id), attempts: Number(job.attempts) } : null;
}

export async function completeJob(db: Executor, job: ArchiveJob, workerId: string): Promise<void> {
  await db.execute(sql`update archive_jobs set done_at = now(), locked_until = null, last_error = null where id = ${job.id} and locked_by = ${workerId}`);
}

/** Puts a job back without counting the attempt (its host is resting). */
export async function postponeJob(db: Executor, job: ArchiveJob, workerId: string, delayMs: number): Promise<void> {
  await db.execute(sql`
    update archive_jobs set locked_until = null, locked_by = null, attempts = greatest(attempts - 1, 0),
      run_after = now() + ${Math.ceil(delayMs)} * interval '1 millisecond'
    where id = ${job.id} and locked_by = ${workerId}`);
}

/** A failed attempt: retried after the back-off, or, when it was the last or cannot succeed, closed. Returns whether it will run again. */
export async function failJob(db: Executor, job: ArchiveJob, workerId: string, error: string, { permanent = false } = {}): Promise<boolean> {
  const retry = !permanent && job.attempts < MAX_ATTEMPTS[job.kind];
  const wait = BACKOFF_SECONDS[Math.min(job.attempts - 1, BACKOFF_SECONDS.length - 1)] ?? 60;
  await db.execute(sql`
    update archive_jobs set locked_until = null, last_error = ${error.slice(0, 500)},
      run_after = case when ${retry} then now() + ${wait} * interval '1 second' else run_after end,
      done_at = case when ${retry} then null else now() end
    where id = ${job.id} and locked_by = ${workerId}`);
  return retry;
}

/** "Check links now": every cited URL queued for a check at once, spaced by the per-host delay. */
export async function queueAllLinkChecks(db: Executor, hostDelayMs: number): Promise<number> {
  return enqueueChecks(db, { olderThanHours: 0, spacingSeconds: Math.ceil(hostDelayMs / 1000 / 4) });
}

/** How many of these jobs are still waiting (not done by anyone). */
export async function pendingCount(db: Executor, ids: number[]): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from archive_jobs where id = any(${sql.param(ids)}::bigint[]) and done_at is null`),
  );
  return Number(row?.n ?? 0);
}
