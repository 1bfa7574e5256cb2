// npm run db:migrate — applies pending migrations to the configured database.
import { getEngine } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runCli } from "./cli";

void runCli(async () => {
  await runMigrations();
  console.log(`Migrations applied (${getEngine()}).`);
});
