// Shared frame for command-line tools: one-line errors for bad configuration, and the database closed at the end.
import { closeDb } from "@/db";
import { describeError, serializeError } from "@/lib/log-error";
import { describeStartupError } from "@/lib/startup";

export async function runCli(main: () => Promise<void>): Promise<void> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    const line = describeStartupError(error);
    // Never the error's own message when it comes from the database: it holds the query's parameters (user:create's password hash).
    console.error(`Error: ${line ?? describeError(error)}`);
    if (!line && process.env.DEBUG) console.error(JSON.stringify(serializeError(error), null, 2));
    code = 1;
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
