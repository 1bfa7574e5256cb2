// Two production instances on one PostgreSQL database: a change made through one — or by `npm run import` in
// another process — is served by the other within a second, also after the connections the instances listen on
// were killed. It starts its own servers on a database of its own (TEST_DATABASE_URL, which CI sets).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { answerCodeStepIfAsked, completeSetup, enrolTwoFactor, type Person } from "./admin-fixtures";

const serverUrl = process.env.TEST_DATABASE_URL;
const basePort = Number(process.env.E2E_PORT ?? 3100) + 10;
const LISTENER = "artsakh-record-listener";
const BOUND_MS = 1000;
// Its own administrator: the TOTP keys the fixtures remember are keyed by email, shared with the other specs.
const OPERATOR: Person = { name: "Otto Operator", email: "otto.operator@example.org", password: "correct horse battery operator" };

type Instance = { name: string; base: string; process: ChildProcess; output: string; dataDir: string };

const root = process.cwd();
const databaseName = `instances_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
let databaseUrl = "";
let admin: postgres.Sql | null = null;
let a: Instance;
let b: Instance;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "record-instances-"));

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

function start(name: string, port: number): Instance {
  const base = `http://127.0.0.1:${port}`;
  const dataDir = path.join(tmp, name);
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: base,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      AUTH_SECRET: "two-instances-share-this-secret-of-32-characters",
      NEXT_MANUAL_SIG_HANDLE: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance: Instance = { name, base, process: child, output: "", dataDir };
  child.stdout!.on("data", (chunk) => (instance.output += chunk));
  child.stderr!.on("data", (chunk) => (instance.output += chunk));
  return instance;
}

async function stop(instance: Instance | undefined) {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (instance.process.exitCode === null) instance.process.kill("SIGKILL");
}

const healthy = (instance: Instance) => fetch(`${instance.base}/healthz`).then((r) => r.status, () => 0);

test.beforeAll(async () => {
  if (!serverUrl) return;
  admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  // Started together on the empty database: one migrates and seeds, the other waits for it.
  a = start("a", basePort);
  b = start("b", basePort + 1);
  for (const instance of [a, b]) {
    try {
      await expect.poll(() => healthy(instance), { timeout: 120_000 }).toBe(200);
    } catch (error) {
      throw new Error(`instance ${instance.name} did not answer /healthz with 200 (${String(error)}); its output:\n${instance.output.slice(-3000)}`);
    }
  }
});

test.afterAll(async () => {
  await Promise.all([stop(a), stop(b)]);
  if (admin) {
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Polls `url` until its body contains `text`; the milliseconds from `since` until the first answer that did. */
async function msUntilServed(url: string, text: string, since: number, limitMs = 10_000): Promise<number> {
  for (;;) {
    const body = await fetch(url).then((r) => r.text());
    if (body.includes(text)) return performance.now() - since;
    if (performance.now() - since > limitMs) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The page is served from B's cache: read twice, the second answer still the one before the change. */
async function cachedOnB(pathname: string, expected: string) {
  for (let i = 0; i < 2; i++) expect(await fetch(`${b.base}${pathname}`).then((r) => r.text())).toContain(expected);
}

async function signInOnA(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(OPERATOR.email);
  await page.getByLabel("Password").fill(OPERATOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await answerCodeStepIfAsked(page, OPERATOR);
  await page.waitForURL((url) => url.pathname.startsWith("/admin"));
  if (new URL(page.url()).pathname === "/admin/account/two-factor") await enrolTwoFactor(page, OPERATOR);
}

/** Edits the entry's summary through A's admin form; returns when A answered the save (the write committed). */
async function editSummaryOnA(page: Page, title: string, summary: string): Promise<number> {
  await page.goto(`/admin/entries?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page.getByLabel("Change note").fill("Two-instance test");
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/entries/"));
  await page.getByRole("button", { name: "Save changes" }).click();
  await answered;
  const at = performance.now();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  return at;
}

/** Runs `npm run import` on a one-entry file; returns when the command exited (its transaction committed). */
function importEntry(entry: Record<string, unknown>): number {
  const file = path.join(tmp, `import-${entry.slug as string}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: "artsakh-record", formatVersion: 1, actors: [], entries: [entry] }));
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/import.ts", file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "two-instances-share-this-secret-of-32-characters" },
    encoding: "utf8",
    timeout: 120_000,
  });
  const at = performance.now();
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toContain("Imported 1 entries");
  return at;
}

async function listenerPids(): Promise<number[]> {
  const rows = await admin!`select pid from pg_stat_activity where application_name = ${LISTENER} and datname = ${databaseName}`;
  return rows.map((r) => r.pid as number).sort();
}

test.describe("two production instances on one PostgreSQL", () => {
  test.skip(!serverUrl, "TEST_DATABASE_URL is not set: this spec needs a PostgreSQL server to create its database on (CI sets it)");

  let page: Page;
  let title = "";
  let slug = "";
  let template: Record<string, unknown> = {};

  test.beforeAll(async ({ browser }) => {
    if (!serverUrl) return;
    page = await (await browser.newContext({ baseURL: a.base })).newPage();
    const link = fs.readFileSync(path.join(a.dataDir, "setup-link.txt"), "utf8").trim();
    await completeSetup(page, link, OPERATOR);
    await signInOnA(page);
    const record = (await fetch(`${a.base}/export/record.json`).then((r) => r.json())) as { entries: Record<string, unknown>[] };
    // One whose title reads the same in HTML (no character to escape), so the pages can be searched for it.
    template = record.entries.find((e) => /^[A-Za-z0-9 ,.:-]+$/.test(e.title as string))!;
    slug = template.slug as string;
    title = template.title as string;
  });

  test("each instance listens on a connection of its own, named in pg_stat_activity", async () => {
    await expect.poll(async () => (await listenerPids()).length, { timeout: 10_000 }).toBe(2);
  });

  for (const round of ["", " after the listeners' connections were killed"]) {
    test(`an edit saved through A is served by B within a second${round}`, async () => {
      const summary = `Summary changed through instance A ${Date.now()}`;
      await cachedOnB(`/entries/${slug}`, title);
      expect(await fetch(`${b.base}/entries/${slug}`).then((r) => r.text())).not.toContain(summary);
      const saved = await editSummaryOnA(page, title, summary);
      const ms = await msUntilServed(`${b.base}/entries/${slug}`, summary, saved);
      console.log(`edit through A, served by B after ${ms.toFixed(0)} ms${round}`);
      expect(ms).toBeLessThan(BOUND_MS);
    });

    test(`an entry added by npm run import is served by B within a second${round}`, async () => {
      const newSlug = `imported-beside-the-servers-${Date.now()}`;
      const newTitle = `Imported beside the servers ${Date.now()}`;
      // B has answered 404 for it, and keeps that answer in its cache until told otherwise.
      for (let i = 0; i < 2; i++) expect((await fetch(`${b.base}/entries/${newSlug}`)).status).toBe(404);
      const imported = importEntry({ ...template, slug: newSlug, title: newTitle });
      const ms = await msUntilServed(`${b.base}/entries/${newSlug}`, newTitle, imported);
      console.log(`import, served by B after ${ms.toFixed(0)} ms${round}`);
      expect(ms).toBeLessThan(BOUND_MS);
    });

    if (!round) {
      test("the listeners' connections, killed, come back by themselves", async () => {
        const before = await listenerPids();
        expect(before).toHaveLength(2);
        const killed = await admin!`select pg_terminate_backend(pid) from pg_stat_activity
          where application_name = ${LISTENER} and datname = ${databaseName}`;
        expect(killed).toHaveLength(2);
        await expect
          .poll(async () => (await listenerPids()).filter((pid) => !before.includes(pid)).length, { timeout: 10_000 })
          .toBe(2);
        for (const instance of [a, b]) {
          await expect.poll(() => instance.output, { timeout: 5_000 }).toContain("Record listener reconnected; caches flushed");
        }
      });
    }
  }
});
