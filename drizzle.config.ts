import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema/ and applied by the app itself at start-up
// (db/migrate.ts) on both engines; drizzle-kit is only used to generate them.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
