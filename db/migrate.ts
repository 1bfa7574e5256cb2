// Applies drizzle-kit's migrations from db/migrations on whichever engine is open.
import "server-only";
import path from "node:path";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { LOCKS } from "@/lib/locks";
import { getDb, getEngine } from "./index";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export async function runMigrations(): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // Both migrators run the same SQL files; they only differ in how they reach the client.
  if (getEngine() === "pglite") {
    await migratePglite(getDb() as never, config);
    return;
  }
  // Instances starting together would each find the migrations missing and run them at once (and fail on
  // "already exists"): one connection of its own holds a session lock around the whole run. No statement
  // timeout on it, so a long migration or the wait for another instance's is not cut short.
  const client = postgres(getEnv().databaseUrl!, { max: 1, onnotice: () => {}, connection: { application_name: "artsakh-record-migrate" } });
  try {
    await client`select pg_advisory_lock(${LOCKS.migration})`;
    await migratePostgres(drizzlePostgres(client), config);
  } finally {
    await client.end({ timeout: 5 });
  }
}
