// Two production instances on one PostgreSQL database: a change made through one — or by `npm run import` in
// another process — is served by the other within a second, also after the connections the instances listen on
// were killed. It starts its own servers on a database of its own (TEST_DATABASE_URL, which CI sets).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { answerCodeStepIfAsked, completeSetup, enrolTwoFactor, type Person } from "./admin-fixtures";

const serverUrl = process.env.TEST_DATABASE_URL;
const SKIPPED = "TEST_DATABASE_URL is not set: this spec needs a PostgreSQL server to create its database on (CI sets it)";
if (!serverUrl) console.log(`e2e/several-instances.spec.ts skipped: ${SKIPPED}`);
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
/** This process listens too: generation → when it heard of the commit (performance.now()). */
let listener: postgres.Sql | null = null;
const commits = new Map<number, number>();
let generation = 0;
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

const healthy = (instance: Instance) =>
  fetch(`${instance.base}/healthz`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0);

test.beforeAll(async () => {
  if (!serverUrl) return;
  // Two production servers starting together on two shared cores, one of them seeding: minutes, not seconds.
  test.setTimeout(300_000);
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
  await listener?.end({ timeout: 1 });
  if (admin) {
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What B answers to readers after a change committed at `since`: a GET of `url` is sent every 50 ms for 2 s,
 * without waiting for the answers (on a busy machine one answer can take longer than the bound itself), and
 * each answer is sorted by when its request was sent. Returns, in ms after `since`, when the first request that
 * got the change was sent, when the last one that still got the old record was sent, and when the first answer
 * with the change arrived.
 */
async function staleWindow(url: string, text: string, since: number) {
  const sent: Promise<{ at: number; changed: boolean; arrived: number }>[] = [];
  while (performance.now() - since < 2 * BOUND_MS) {
    const at = performance.now() - since;
    sent.push(fetch(url).then(async (r) => ({ at, changed: (await r.text()).includes(text), arrived: performance.now() - since })));
    await sleep(50);
  }
  const answers = await Promise.all(sent);
  const changed = answers.filter((a) => a.changed);
  return {
    firstChanged: Math.min(...changed.map((a) => a.at)),
    lastOld: Math.max(-1, ...answers.filter((a) => !a.changed).map((a) => a.at)),
    firstArrived: Math.min(...changed.map((a) => a.arrived)),
    requests: answers.length,
  };
}

/** Waits for the commit of the next generation after `before`; when this process heard of it. */
async function committedAfter(before: number): Promise<number> {
  for (const until = performance.now() + 120_000; performance.now() < until; ) {
    const newer = [...commits.entries()].filter(([generation]) => generation > before);
    if (newer.length) return Math.min(...newer.map(([, at]) => at));
    await sleep(10);
  }
  throw new Error(`no generation after ${before} was announced`);
}

function report(what: string, window: Awaited<ReturnType<typeof staleWindow>>) {
  console.log(
    `${what}: B answered the change to requests sent ${window.firstChanged.toFixed(0)} ms after the commit and later ` +
      `(first such answer arrived at ${window.firstArrived.toFixed(0)} ms); last old answer to a request sent at ` +
      `${window.lastOld.toFixed(0)} ms; ${window.requests} requests`,
  );
}

/** B has the entry in its cache: read twice through the API and the page, the second answer still the old one. */
async function cachedOnB(slug: string, expected: string, absent: string) {
  for (const pathname of [`/api/v1/entries/${slug}`, `/entries/${slug}`]) {
    for (let i = 0; i < 2; i++) {
      const body = await fetch(`${b.base}${pathname}`).then((r) => r.text());
      expect(body, pathname).toContain(expected);
      expect(body, pathname).not.toContain(absent);
    }
  }
}

async function signInOnA(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(OPERATOR.email);
  await page.getByLabel("Password").fill(OPERATOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await answerCodeStepIfAsked(page, OPERATOR);
  await page.waitForURL((url) => url.pathname.startsWith("/admin"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // An administrator must set up two-factor sign-in before anything else.
  if (new URL(page.url()).pathname === "/admin/account/two-factor") await enrolTwoFactor(page, OPERATOR);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
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

/** Runs `npm run import` on a one-entry file, to its end. */
async function importEntry(entry: Record<string, unknown>): Promise<void> {
  const file = path.join(tmp, `import-${entry.slug as string}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: "artsakh-record", formatVersion: 1, actors: [], entries: [entry] }));
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/import.ts", file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "two-instances-share-this-secret-of-32-characters" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const status = await new Promise((resolve) => child.once("exit", resolve));
  expect(status, output).toBe(0);
  expect(output).toContain("Imported 1 entries");
}

async function listenerPids(): Promise<number[]> {
  const rows = await admin!`select pid from pg_stat_activity where application_name = ${LISTENER} and datname = ${databaseName}`;
  return rows.map((r) => r.pid as number).sort();
}

test.describe("two production instances on one PostgreSQL", () => {
  test.skip(!serverUrl, SKIPPED);

  let page: Page;
  let title = "";
  let slug = "";
  let template: Record<string, unknown> = {};

  test.beforeAll(async ({ browser }) => {
    if (!serverUrl) return;
    test.setTimeout(120_000);
    page = await (await browser.newContext({ baseURL: a.base })).newPage();
    // Both instances started with no user, and each start replaces the setup token: only the link issued last works.
    const links = [a, b].map((instance) => fs.readFileSync(path.join(instance.dataDir, "setup-link.txt"), "utf8").trim());
    const working = [];
    for (const link of links) {
      // A live link shows the form (its password fields); a dead one only says so. (The words of both are in the
      // page's catalogue data either way, so the text alone does not tell.)
      const html = await fetch(link).then((r) => r.text());
      if (html.includes('autoComplete="new-password"') || html.includes('autocomplete="new-password"')) working.push(link);
    }
    expect(working, "exactly one instance's setup link works").toHaveLength(1);
    await completeSetup(page, working[0]!, OPERATOR);
    await signInOnA(page);
    const record = (await fetch(`${a.base}/export/record.json`).then((r) => r.json())) as { entries: Record<string, unknown>[] };
    // One whose title reads the same in HTML (no character to escape), so the pages can be searched for it.
    template = record.entries.find((e) => /^[A-Za-z0-9 ,.:-]+$/.test(e.title as string))!;
    slug = template.slug as string;
    title = template.title as string;
  });

  test.beforeEach(async () => {
    if (!listener) {
      listener = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await listener.listen("record_changed", (payload) => {
        commits.set(Number(payload), performance.now());
      });
    }
    const [row] = await listener`select generation from record_state where id = 1`;
    generation = Number(row!.generation);
  });

  test("each instance listens on a connection of its own, named in pg_stat_activity", async () => {
    await expect.poll(async () => (await listenerPids()).length, { timeout: 10_000 }).toBe(2);
  });

  for (const round of ["", " after the listeners' connections were killed"]) {
    test(`an edit saved through A is served by B within a second${round}`, async () => {
      const summary = `Summary changed through instance A ${Date.now()}`;
      await cachedOnB(slug, title, summary);
      const before = generation;
      const saving = editSummaryOnA(page, title, summary);
      const committed = await committedAfter(before);
      const window = await staleWindow(`${b.base}/api/v1/entries/${slug}`, summary, committed);
      await saving;
      report(`edit through A${round}`, window);
      // No request sent to B a second or more after the commit got the old record.
      expect(window.lastOld).toBeLessThan(BOUND_MS);
      expect(window.firstChanged).toBeLessThan(BOUND_MS);
      expect(await fetch(`${b.base}/entries/${slug}`).then((r) => r.text())).toContain(summary);
    });

    test(`an entry added by npm run import is served by B within a second${round}`, async () => {
      const newSlug = `imported-beside-the-servers-${Date.now()}`;
      const newTitle = `Imported beside the servers ${Date.now()}`;
      // B has answered 404 for it, and keeps that answer in its cache until told otherwise.
      for (const pathname of [`/api/v1/entries/${newSlug}`, `/entries/${newSlug}`]) {
        for (let i = 0; i < 2; i++) expect((await fetch(`${b.base}${pathname}`)).status, pathname).toBe(404);
      }
      const before = generation;
      const importing = importEntry({ ...template, slug: newSlug, title: newTitle });
      const committed = await committedAfter(before);
      const window = await staleWindow(`${b.base}/api/v1/entries/${newSlug}`, newTitle, committed);
      await importing;
      report(`npm run import${round}`, window);
      expect(window.lastOld).toBeLessThan(BOUND_MS);
      expect(window.firstChanged).toBeLessThan(BOUND_MS);
      expect(await fetch(`${b.base}/entries/${newSlug}`).then((r) => r.text())).toContain(newTitle);
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
