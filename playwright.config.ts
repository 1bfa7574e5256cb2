import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const EDITOR_SPECS = /(admin|hostile|account)[^/]*\.spec\.ts$/;
const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium when there is one (no browser download needed); Playwright's own otherwise.
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Readers' specs first, on the untouched seed record (they count it); then the specs that sign in and
  // write, starting with the first-run setup (admin-flow sorts first among them).
  projects: [
    { name: "reader", testIgnore: EDITOR_SPECS },
    { name: "editor", testMatch: EDITOR_SPECS, dependencies: ["reader"] },
  ],
  webServer: {
    // A fresh embedded database for every run, on the production build.
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), E2E_PORT: String(port) },
  },
});
