// The server end-to-end tests run against: production build, fresh embedded database in .data-e2e.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startE2eOrigin } from "./e2e-origin.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, `.data-e2e-${process.env.E2E_PORT ?? "3100"}`);
fs.rmSync(dataDir, { recursive: true, force: true });
// The cited websites' stand-in, the only address the archiver may reach besides public ones (test-only).
const originPort = Number(process.env.E2E_PORT ?? 3100) + 40;
const origin = startE2eOrigin(originPort);
const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    SITE_URL: `http://127.0.0.1:${process.env.PORT}`,
    ARCHIVE_ALLOWED_HOSTS: `127.0.0.1:${originPort}`,
    ARCHIVE_HOST_DELAY_MS: process.env.ARCHIVE_HOST_DELAY_MS ?? "1000",
    // No scheduled link checks during a test run unless asked for.
    LINK_CHECK_INTERVAL_HOURS: process.env.LINK_CHECK_INTERVAL_HOURS ?? "0",
  },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  origin.close();
  process.exit(code ?? 0);
});
