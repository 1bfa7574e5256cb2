// Archive on save: an editor publishes an entry citing a page on the allow-listed stand-in website
// (scripts/e2e-origin.mjs); within a minute the entry page links this site's archived copy, and opening the
// copy runs none of the captured page's scripts and loads none of its remote resources.
import { expect, test, type Page } from "@playwright/test";
import { WARCParser } from "warcio";
import { EDITOR, addUser, newSession, signIn, signInAsAdmin, uniqueTag } from "./admin-fixtures";

test.setTimeout(180_000);

const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://127.0.0.1:${port + 40}`;

async function originHits(): Promise<{ path: string; userAgent: string }[]> {
  return (await fetch(`${origin}/__hits`)).json();
}

test.beforeAll(async ({ browser }) => {
  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor").catch(() => {});
  await context.close();
});

async function publishCiting(page: Page, sourceUrl: string, tag: string): Promise<string> {
  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(`City council resolution ${tag}`);
  await page.getByLabel("Date", { exact: true }).fill("2019-05-06");
  await page.getByRole("button", { name: "Add a source" }).click();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Source URL").fill(sourceUrl);
  await source.getByLabel("Source title").fill("Council adopts a resolution");
  await source.getByLabel("Archive URL").fill(`https://web.archive.org/web/2019/${sourceUrl}`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const entryPath = await page.getByRole("link", { name: "View on the site" }).getAttribute("href");
  expect(entryPath).toMatch(/^\/entries\//);
  return entryPath!;
}

test("a published source is archived, and its copy runs and loads nothing", async ({ page, browser }) => {
  const tag = uniqueTag();
  const sourceUrl = `${origin}/article/${tag}`;
  await signIn(page, EDITOR);
  const entryPath = await publishCiting(page, sourceUrl, tag);

  // A reader (no cookies: the public, cached page) sees the archived copy within a minute.
  const reader = await newSession(browser);
  const copyLink = reader.page.getByRole("link", { name: /^archived copy \(fetched \d{1,2} [A-Z][a-z]+ \d{4}\)$/ });
  await expect(async () => {
    await reader.page.goto(entryPath!);
    await expect(copyLink).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [2000] });
  // The editor's external archive is still shown beside it.
  await expect(reader.page.getByRole("link", { name: "copy at web.archive.org" })).toBeVisible();

  // The archiver said who it is.
  const fetched = (await originHits()).filter((h) => h.path === `/article/${tag}`);
  expect(fetched.length).toBeGreaterThanOrEqual(1);
  expect(fetched[0]!.userAgent).toMatch(/ArtsakhRecordArchiver\/1\.0 \(\+http:\/\/127\.0\.0\.1:\d+;/);

  // The capture's own page on this site: the text as extracted, no script of the page.
  await copyLink.click();
  await expect(reader.page).toHaveURL(/\/archive\/[0-9a-f-]{36}$/);
  await expect(reader.page.getByText("eleven members spoke", { exact: false })).toBeVisible();

  // The copy as captured: sandboxed; its inline script does not run, its remote image does not load.
  const consoleErrors: string[] = [];
  reader.page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  const copyResponse = reader.page.waitForResponse((r) => /\/archive\/[0-9a-f-]{36}\/copy$/.test(r.url()));
  await reader.page.getByRole("link", { name: /Open the page as captured/ }).click();
  const response = await copyResponse;
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/(^|; )sandbox(;|$)/);
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/script-src/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(reader.page.getByRole("heading", { name: "Council adopts a resolution" })).toBeVisible();
  await reader.page.waitForTimeout(1500);
  expect(await reader.page.title()).toBe("Council adopts a resolution");
  const after = (await originHits()).map((h) => h.path);
  expect(after).not.toContain("/remote-image.png");
  expect(after).not.toContain("/script-ran.png");
  expect(after).not.toContain("/script-fetched");
  const imageLoaded = await reader.page.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(imageLoaded).toBe(false);

  // The capture's WARC file and the whole record's open in warcio's reader.
  const captureId = /\/archive\/([0-9a-f-]{36})\/copy$/.exec(response.url())![1]!;
  for (const path of [`/archive/${captureId}/warc`, "/export/sources.warc.gz"]) {
    const warc = await reader.page.request.get(path);
    expect(warc.status(), path).toBe(200);
    const types: string[] = [];
    const targets: string[] = [];
    for await (const record of new WARCParser((async function* () { yield new Uint8Array(await warc.body()); })())) {
      types.push(record.warcType ?? "");
      if (record.warcTargetURI) targets.push(record.warcTargetURI);
      await record.readFully(true);
    }
    expect(types[0], path).toBe("warcinfo");
    expect(types, path).toContain("request");
    expect(types, path).toContain("response");
    expect(targets, path).toContain(sourceUrl);
  }
  await reader.context.close();
});

test("an admin checks the links now: a link that died is listed on the dashboard and marked on the entry page", async ({ page }) => {
  const tag = uniqueTag();
  const sourceUrl = `${origin}/dying/${tag}`;
  await signInAsAdmin(page);
  const entryPath = await publishCiting(page, sourceUrl, tag);
  await expect(async () => {
    await page.goto(entryPath);
    await expect(page.getByRole("link", { name: /^archived copy \(fetched / })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [2000] });

  await fetch(`${origin}/__kill/${tag}`);
  await page.goto("/admin");
  await page.getByRole("button", { name: "Check links now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /queued for a check/ })).toBeVisible();
  const section = page.getByRole("region", { name: /^Dead and changed links/ });
  await expect(async () => {
    await page.goto("/admin");
    await expect(section.getByRole("link", { name: sourceUrl })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [2000] });
  await expect(section.getByText("HTTP 404").first()).toBeVisible();

  await page.goto(entryPath);
  await expect(page.getByText("the original link no longer answers; the archived copy keeps the page as cited")).toBeVisible();
  await expect(page.getByRole("link", { name: /^archived copy \(fetched / })).toBeVisible();
});
