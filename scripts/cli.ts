// Shared frame for command-line tools: one-line errors for bad configuration, and the database closed at the end.
import { closeDb } from "@/db";
import { describeStartupError } from "@/lib/startup";

export async function runCli(main: () => Promise<void>): Promise<void> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    const line = describeStartupError(error);
    console.error(`Error: ${line ?? (error instanceof Error ? error.message : String(error))}`);
    if (!line && process.env.DEBUG) console.error(error);
    code = 1;
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
