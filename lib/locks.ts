// Every PostgreSQL advisory lock the application takes, by name: one id per thing that must happen one at a
// time, so two unrelated writes never wait for each other because they happened to pick the same number.
import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/tx";

export const LOCKS = {
  /** Held (session lock, db/migrate.ts) while one process migrates; the others wait, then find nothing to do. */
  migration: 727273,
  /** Seeding an empty database: several instances starting at once seed once. */
  seed: 727274,
  /** Changes to users' roles and disabled state: two admins cannot remove each other at once and leave none. */
  userChanges: 727275,
  /** The first-run setup: issuing the setup link and creating the first admin. */
  setup: 727276,
  /** One import at a time, so its checks see what its writes will see. */
  import: 727277,
} as const;

/** Waits for the lock, held until the transaction ends. */
export async function takeAdvisoryLock(tx: Tx, lock: (typeof LOCKS)[keyof typeof LOCKS]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lock})`);
}
