// Idempotency keys of entry forms: a form submitted twice (double-click, retry) is applied once.
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Executor } from "@/lib/tx";

export type PastSubmission = { entryId: string; version: number };

export async function findSubmission(db: Executor, key: string): Promise<PastSubmission | null> {
  const [row] = await db
    .select({ entryId: schema.entrySubmissions.entryId, version: schema.entrySubmissions.version })
    .from(schema.entrySubmissions)
    .where(eq(schema.entrySubmissions.key, key))
    .limit(1);
  return row ?? null;
}

/** Inside the write's transaction: a concurrent twin blocks on the key, then fails and finds this result. */
export async function recordSubmission(
  tx: Executor,
  submission: { key: string; entryId: string; version: number; userId: string | null },
): Promise<void> {
  await tx.insert(schema.entrySubmissions).values(submission);
  // A repeated submission comes within seconds or minutes; keys older than a month only take space.
  await tx.delete(schema.entrySubmissions).where(lt(schema.entrySubmissions.createdAt, sql`now() - interval '30 days'`));
}

/**
 * Runs `write` unless `key` was already used; when a twin submission wins the race, returns its result.
 * `replay` turns a past submission into the result the caller would have had.
 */
export async function withIdempotencyKey<T>(
  key: string | null | undefined,
  write: () => Promise<T>,
  replay: (past: PastSubmission) => Promise<T>,
  db: Database = getDb(),
): Promise<T> {
  if (!key) return write();
  const past = await findSubmission(db, key);
  if (past) return replay(past);
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findSubmission(db, key);
    if (!winner) throw error;
    return replay(winner);
  }
}
