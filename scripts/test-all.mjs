// npm test: every layer in turn — unit, integration on PGlite, integration on PostgreSQL
// (when TEST_DATABASE_URL is set), end-to-end in a browser against the production build.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const layers = [
  { name: "unit", cmd: bin("vitest"), args: ["run", "--project", "unit"], env: {} },
  { name: "integration (PGlite)", cmd: bin("vitest"), args: ["run", "--project", "integration"], env: { TEST_ENGINE: "pglite" } },
  {
    name: "integration (PostgreSQL)",
    cmd: bin("vitest"),
    args: ["run", "--project", "integration"],
    env: { TEST_ENGINE: "postgres" },
    skip: !process.env.TEST_DATABASE_URL && "TEST_DATABASE_URL is not set",
  },
  { name: "end-to-end (browser)", cmd: bin("playwright"), args: ["test"], env: {} },
];

const results = [];
for (const layer of layers) {
  if (layer.skip) {
    console.log(`\n=== ${layer.name}: skipped (${layer.skip}) ===`);
    results.push({ name: layer.name, status: "skipped" });
    continue;
  }
  console.log(`\n=== ${layer.name} ===`);
  const started = Date.now();
  const run = spawnSync(layer.cmd, layer.args, { cwd: root, env: { ...env, ...layer.env }, stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push({ name: layer.name, status: run.status === 0 ? "passed" : "failed", seconds });
}

console.log("\n=== summary ===");
for (const r of results) console.log(`${r.name}: ${r.status}${r.seconds ? ` (${r.seconds} s)` : ""}`);
const passed = results.filter((r) => r.status === "passed").length;
const failed = results.filter((r) => r.status === "failed").length;
const skipped = results.filter((r) => r.status === "skipped").length;
console.log(`layers: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
