// Each test file starts on a migrated, seeded database of the engine chosen by global-setup.
import crypto from "node:crypto";
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
// With DATABASE_URL the app requires AUTH_SECRET (it seals two-factor keys too); tests make their own.
process.env.AUTH_SECRET ??= `integration-tests-${crypto.randomBytes(24).toString("base64url")}`;
resetEnvForTests();

beforeAll(async () => {
  await runMigrations();
  await seedIfEmpty();
});

afterAll(async () => {
  await closeDb();
});
