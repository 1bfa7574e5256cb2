// npm run bench:lighthouse — Lighthouse (mobile, simulated throttling: its defaults) on the home page, an entry and
// /recognition, against the production build on a fresh embedded database; prints the four scores of each page
// and every audit that did not pass. Exits non-zero unless every (median) score is 100. See docs/PERFORMANCE.md.
// Flags: --port N (3701); --runs N (1): each page N times, the median score of each category reported (simulated
// throttling multiplies the CPU time observed, so a busy machine lowers one run's score); --out DIR: every run's
// full report saved as DIR/<page>-<run>.json; --page PATH (repeatable): these pages instead of the three.
// Chromium: CHROME_PATH (default /usr/bin/chromium).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = path.resolve(import.meta.dirname, "..", "..");
const flag = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(flag("port", "3701"));
const runs = Math.max(1, Number(flag("runs", "1")) || 1);
const outDir = flag("out", "");
const base = `http://127.0.0.1:${port}`;
const chosenPages = process.argv.flatMap((arg, i) => (arg === "--page" && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const PAGES = chosenPages.length
  ? chosenPages
  : ["/", "/entries/2014-05-california-assembly-recognises-artsakh-independence", "/recognition"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "record-lighthouse-"));
let server;
let chrome;
async function cleanUp() {
  try {
    await chrome?.kill();
  } catch {}
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => (server.kill("SIGKILL"), resolve()), 15_000);
      server.once("exit", () => (clearTimeout(timer), resolve()));
    });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

async function startServer() {
  const log = fs.openSync(path.join(dataDir, "server.log"), "w");
  server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
  });
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited; see ${path.join(dataDir, "server.log")}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy");
}

/** The middle value (the lower of the two middle ones for an even count: a score is not claimed that no run reached). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function failingAudits(lhr) {
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 && audit.scoreDisplayMode !== "binary") continue;
      if (audit.score === null || audit.score >= 1) continue;
      if (["notApplicable", "manual", "informative"].includes(audit.scoreDisplayMode)) continue;
      failing.push(`${category}/${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""}`);
    }
  }
  return failing;
}

async function main() {
  await startServer();
  // Warm the caches once, as a running site's would be.
  for (const page of PAGES) await fetch(base + page).then((r) => r.arrayBuffer());
  chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  let allPerfect = true;
  console.log(`Lighthouse ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node.js ${process.versions.node}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`(mobile, simulated throttling; production build, fresh embedded database with the seed record; ${runs === 1 ? "one run" : `median of ${runs} runs`} a page)\n`);
  console.log("| page | performance | accessibility | best practices | SEO |");
  console.log("|---|---|---|---|---|");
  const details = [];
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  for (const page of PAGES) {
    const perRun = [];
    for (let run = 1; run <= runs; run++) {
      const { lhr } = await lighthouse(base + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
      if (outDir) fs.writeFileSync(path.join(outDir, `${page.replace(/[^a-z0-9]+/gi, "_") || "_"}-${run}.json`), JSON.stringify(lhr));
      // A run Lighthouse itself could not record (NO_NAVSTART, NO_FCP on a starved machine) says nothing of the
      // page: reported, and left out of the median.
      if (lhr.runtimeError) {
        details.push(`${page} run ${run}: no measure (${lhr.runtimeError.code}: ${lhr.runtimeError.message})`);
        continue;
      }
      perRun.push(lhr);
      const m = (id) => lhr.audits[id]?.displayValue ?? "?";
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      details.push(`${page} run ${run}: performance ${score}; FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, SI ${m("speed-index")}`);
      for (const line of failingAudits(lhr)) details.push(`  not passed: ${line}`);
    }
    const scores = perRun.length
      ? CATEGORIES.map((c) => median(perRun.map((lhr) => Math.round((lhr.categories[c].score ?? 0) * 100))))
      : CATEGORIES.map(() => 0);
    if (scores.some((s) => s < 100)) allPerfect = false;
    console.log(`| \`${page}\` | ${scores.join(" | ")} |`);
  }
  console.log(`\n${details.join("\n")}`);
  console.log(allPerfect ? "\nRESULT: 100 in every category on every page" : "\nRESULT: below 100 somewhere (see above)");
  process.exitCode = allPerfect ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
