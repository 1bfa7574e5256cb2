// At start-up: while no user exists, print a one-time setup link and leave it in DATA_DIR/setup-link.txt (mode 0600).
import "server-only";
import { getEnv } from "@/lib/env";
import { describeError } from "@/lib/log-error";
import { issueSetupLink, removeSetupLinkFile, writeSetupLinkFile } from "./setup";

export async function announceSetupLink(): Promise<void> {
  const link = await issueSetupLink({ siteUrl: getEnv().siteUrl });
  if (!link) {
    removeSetupLinkFile();
    return;
  }
  let file: string | null = null;
  try {
    file = writeSetupLinkFile(link);
  } catch (error) {
    console.error(`Error: could not write the setup link to DATA_DIR (${describeError(error)}); use the link above`);
  }
  // The console, not the JSON log: an operator reads this line once, on first start.
  console.log(
    [
      "",
      "First run: no user exists yet. Open this link to create the first administrator (it works once):",
      `  ${link}`,
      file ? `The link is also in ${file}.` : "",
      "",
    ].join("\n"),
  );
}
