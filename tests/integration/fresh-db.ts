// A second, empty database for tests that need "no user exists yet" while the shared one has users.
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { inject } from "vitest";
import type { Database } from "@/db";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import * as schema from "@/db/schema";

export async function withFreshDatabase(run: (db: Database) => Promise<void>): Promise<void> {
  const serverUrl = inject("databaseUrl");
  if (!serverUrl) {
    const client = new PGlite();
    const db = drizzlePglite(client, { schema });
    try {
      await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await run(db as unknown as Database);
    } finally {
      await client.close();
    }
    return;
  }
  const name = `fresh_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 4, onnotice: () => {} });
  try {
    const db = drizzlePostgres(client, { schema });
    await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await run(db as unknown as Database);
  } finally {
    await client.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
