// Whether the database answers, within a short time.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { isDatabasePrepared } from "@/lib/startup";

const TIMEOUT_MS = 2000;

export async function checkDatabase(): Promise<boolean> {
  if (!isDatabasePrepared()) return false;
  try {
    const probe = getDb().execute(sql`select 1`);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS));
    await Promise.race([probe, timeout]);
    return true;
  } catch {
    return false;
  }
}
