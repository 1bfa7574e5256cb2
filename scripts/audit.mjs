// CI's dependency gate: `npm audit --omit=dev`, failing on any high or critical advisory. When the registry's
// advisory service cannot be reached (this workplace's registry mirror answers 405), it says so plainly and
// leaves the gate to lib/security/dependencies.test.ts, which checks the installed minimums offline.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report (status ${run.status}): ${run.stderr.trim().split("\n")[0] ?? ""}`);
  process.exit(1);
}

if (report.statusCode && !report.metadata) {
  console.log(`npm audit: the advisory service answered ${report.statusCode} (${report.uri ?? "?"}); advisories not checked here.`);
  console.log("npm audit: the installed minimums are still enforced by lib/security/dependencies.test.ts.");
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === "high" || v.severity === "critical");
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
for (const v of serious) console.log(`  ${v.severity}: ${v.name} ${v.range} (fix: ${v.fixAvailable ? "available" : "none"})`);
process.exit(serious.length > 0 ? 1 : 0);
