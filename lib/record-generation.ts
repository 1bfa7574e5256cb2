// The record generation: a number raised in the same transaction as every write to what the public reads
// (triggers in db/migrations/0005_record_generation.sql), whichever process writes, and announced on commit.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";

/** The NOTIFY channel the triggers announce each new generation on (the payload is the generation). */
export const RECORD_CHANNEL = "record_changed";

/** The generation as of the caller's snapshot: equal generations mean the same public record. */
export async function getRecordGeneration(): Promise<number> {
  const rows = await getDb()
    .select({ generation: schema.recordState.generation })
    .from(schema.recordState)
    .where(eq(schema.recordState.id, 1));
  return rows[0]?.generation ?? 0;
}
