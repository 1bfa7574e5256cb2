// The editor's import (npm run import -- FILE): check the whole file, then write it in one transaction.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { runMigrations } from "@/db/migrate";
import { parseImportFile } from "./validate";
import { ImportRefusedError, writeImport, type ImportSummary } from "./write";

export async function importFile(file: string, { dryRun = false } = {}): Promise<ImportSummary> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseImportFile(text);
  if (!parsed.ok) throw new ImportRefusedError(parsed.problems);
  // Opening the database takes its lock: with the embedded database, this refuses while the server runs.
  await runMigrations();
  return writeImport(parsed.plan, { changeNote: `Imported from ${path.basename(file)}`, dryRun });
}
