// Applies drizzle-kit's migrations from db/migrations on whichever engine is open.
import "server-only";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { getDb, getEngine } from "./index";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export async function runMigrations(): Promise<void> {
  const db = getDb();
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // Both migrators run the same SQL files; they only differ in how they reach the client.
  if (getEngine() === "pglite") await migratePglite(db as never, config);
  else await migratePostgres(db as never, config);
}
