// npm run db:seed [-- --synthetic N] — loads the seed record into an empty database, or adds N synthetic entries.
import { parseArgs } from "node:util";
import { runMigrations } from "@/db/migrate";
import { seedIfEmpty } from "@/lib/seed/record";
import { addSyntheticEntries } from "@/lib/seed/synthetic";
import { runCli } from "./cli";

void runCli(async () => {
  const { values } = parseArgs({ options: { synthetic: { type: "string" } } });
  await runMigrations();
  const added = await seedIfEmpty();
  console.log(
    added.entries > 0
      ? `Seed record loaded: ${added.entries} entries, ${added.actors} actors.`
      : "The database already holds a record; the seed record was not loaded again.",
  );
  if (values.synthetic !== undefined) {
    const count = Number(values.synthetic);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
      throw new Error("--synthetic takes a whole number of entries from 1 to 1000000");
    }
    const started = Date.now();
    const progress = process.stdout.isTTY
      ? (n: number) => process.stdout.write(`\r${n} / ${count}`)
      : (n: number) => n % 10_000 === 0 && console.log(`${n} / ${count}`);
    await addSyntheticEntries({ count, onProgress: progress });
    console.log(`\nAdded ${count} synthetic entries in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
});
