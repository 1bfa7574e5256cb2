// npm run import -- FILE.json [--dry-run] — loads entries and actors in the export format (/export/record.json).
import { parseArgs } from "node:util";
import { importFile } from "@/lib/import/run";
import { runCli } from "./cli";

void runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" } } });
  if (positionals.length !== 1) throw new Error("Usage: npm run import -- FILE.json [--dry-run]");
  const summary = await importFile(positionals[0]!, { dryRun: values["dry-run"] === true });
  const what = `${summary.entries} entries, ${summary.actorsAdded} new actors (${summary.actorsKept} already present, kept as they are)`;
  console.log(summary.dryRun ? `Dry run: the file would import ${what}. Nothing was written.` : `Imported ${what}.`);
});
