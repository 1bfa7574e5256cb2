// npm start: builds when the build is missing or older than the sources, then runs the production server.
// The server migrates and seeds its database itself on start-up (instrumentation.ts → lib/startup.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { serverNodeSettings } from "./server/node-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function newestSourceTime() {
  let newest = 0;
  const skip = new Set(["node_modules", ".next", ".data", ".git", "test-results", "e2e", "tests", "docs"]);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name) || entry.name.startsWith(".data")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|mjs|css|json|sql)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(root);
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  return newestSourceTime() > fs.statSync(buildId).mtimeMs;
}

if (process.env.SKIP_BUILD !== "1" && needsBuild()) {
  console.log("Building the site (first start or changed sources)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The server closes its database itself on SIGTERM/SIGINT (lib/startup.ts), so Next must not exit first.
// Its heap and allocator are bounded (scripts/server/node-flags.mjs; HEAP_MB), so an instance stays under 400 MB.
const settings = serverNodeSettings(process.env);
const server = spawn(process.execPath, [...settings.flags, path.join(root, "scripts", "server.mjs")], {
  cwd: root,
  env: { ...env, ...settings.env, PORT: process.env.PORT ?? "3000", NEXT_MANUAL_SIG_HANDLE: "true" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
