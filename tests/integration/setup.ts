// Each test file starts on a migrated, seeded database of the engine chosen by global-setup.
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { resetEnvForTests } from "@/lib/env";
import { seedIfEmpty } from "@/lib/seed/record";

const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else {
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = "memory://";
}
resetEnvForTests();

beforeAll(async () => {
  await runMigrations();
  await seedIfEmpty();
});

afterAll(async () => {
  await closeDb();
});
