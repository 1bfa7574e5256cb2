// Nothing lost, nothing run: a concurrent edit is refused with both texts kept, a double publish makes one
// entry, and markup typed into any field stays text on every page that shows it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, addActor, addUser, newSession, signIn, signInAsAdmin, uniqueTag, watchDialogs, type Person } from "./admin-fixtures";

test.setTimeout(120_000);

const today = () => new Date().toISOString().slice(0, 10);

async function startStatement(page: Page, title: string, date = "2020-11-09") {
  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Add a source" }).click();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Source URL").fill("https://president.am/en/press-release/item/2020/11/10/");
  await source.getByLabel("Source title").fill("Statement by the President");
  await expect(source.getByLabel("Accessed on")).toHaveValue(today());
}

async function countEntries(page: Page, search: string): Promise<string> {
  await page.goto(`/admin/entries?q=${encodeURIComponent(search)}`);
  return (await page.getByRole("status").textContent()) ?? "";
}

test.beforeAll(async ({ browser }) => {
  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor");
  await context.close();
});

test("double-clicking Publish creates one entry", async ({ page }) => {
  await signIn(page, EDITOR);
  const title = `Declaration on the ceasefire ${uniqueTag()}`;
  await startStatement(page, title);
  const posts: { url: string; headers: Record<string, string>; body: Buffer }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) posts.push({ url: r.url(), headers: r.headers(), body: r.postDataBuffer()! });
  });
  await page.getByRole("button", { name: "Publish" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const entryId = /\/admin\/entries\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  expect(await countEntries(page, title)).toMatch(/^1 entry/);

  // Whether or not the browser sent the second click, the server must apply one form once: send it again.
  expect(posts.length).toBeGreaterThanOrEqual(1);
  const first = posts[0]!;
  const again = await page.request.post(first.url, { headers: first.headers, data: first.body, maxRedirects: 0 });
  expect(again.headers()["x-action-redirect"]).toMatch(new RegExp(`^/admin/entries/${entryId}/edit\\?saved=published`));
  expect(await countEntries(page, title)).toMatch(/^1 entry/);
});

test("a concurrent edit is refused with both texts kept", async ({ page, browser }) => {
  const bea: Person = { name: `Bea ${uniqueTag()}`, email: `bea-${uniqueTag()}@example.org`, password: "bea's long passphrase" };
  await signInAsAdmin(page);
  await addUser(page, bea, "editor");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, EDITOR);
  const title = `Meeting on humanitarian access ${uniqueTag()}`;
  await page.goto("/admin/entries/new?kind=meeting");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2023");
  await addActor(page, "Mirzoyan", /Ararat Mirzoyan/);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, "");

  const other = await newSession(browser);
  await signIn(other.page, bea);
  await other.page.goto(editUrl);

  // Eve saves first.
  await page.getByLabel("Title", { exact: true }).fill(`${title} — Eve's wording`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  // Bea, who opened the older version, saves second.
  await other.page.getByLabel("Title", { exact: true }).fill(`${title} — Bea's wording`);
  await other.page.getByLabel("Summary", { exact: true }).fill("Bea's summary, typed with care.");
  await other.page.getByRole("button", { name: "Save draft" }).click();
  const conflict = other.page.getByRole("alert").filter({ hasText: "after you opened it" });
  await expect(conflict).toContainText(`${EDITOR.name} saved this entry (version 2)`);
  await expect(other.page.getByLabel("Title", { exact: true })).toHaveValue(`${title} — Bea's wording`);
  await expect(other.page.getByLabel("Summary", { exact: true })).toHaveValue("Bea's summary, typed with care.");

  // Eve's text is what was saved.
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`${title} — Eve's wording`);

  // Bea chooses her version; Eve's stays in the history.
  await conflict.getByRole("button", { name: "Use my version instead" }).click();
  await other.page.getByRole("button", { name: "Save draft" }).click();
  await expect(other.page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await expect(other.page.getByRole("heading", { level: 1 })).toHaveText(`${title} — Bea's wording`);
  await other.page.getByRole("link", { name: "History" }).click();
  await expect(other.page.getByLabel("Changes in version 2").locator("ins").filter({ hasText: `Title: ${title} — Eve's wording` })).toBeVisible();
  await expect(other.page.getByLabel("Changes in version 3").locator("ins").filter({ hasText: `Title: ${title} — Bea's wording` })).toBeVisible();
  await other.context.close();
});

test("markup typed as a title, summary, body or source is text everywhere", async ({ page, request }) => {
  const dialogs = watchDialogs(page);
  const run = uniqueTag();
  const title = `<img src=x onerror=alert(1)> ${run}`;
  await signIn(page, EDITOR);
  // Dated today, so it is among the latest entries on the home page.
  await startStatement(page, title, today());
  await page.getByLabel("Summary", { exact: true }).fill("<b onmouseover=alert(2)>summary</b>");
  await page.getByLabel("Body", { exact: true }).fill("<script>alert(3)</script>\n\n[click](javascript:alert(4)) and <iframe src=javascript:alert(5)>");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Source title").fill("<svg onload=alert(6)>");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Body preview" })).toContainText("click");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const address = (await page.getByText(/^Address on the site: /).textContent())!.replace("Address on the site: ", "");

  async function expectInert(where: string) {
    await expect(page.locator('img[src="x"], svg[onload], iframe, script:not([src]):text("alert")'), where).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]'), where).toHaveCount(0);
    await expect(page.locator("[onerror], [onmouseover]"), where).toHaveCount(0);
  }

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectInert("edit page");
  await page.goto(`/admin/entries?q=${run}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectInert("entries list");
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await expectInert("dashboard");
  await page.goto(`/admin/entries?q=${run}`);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`History of “${title}”`);
  await expect(page.getByLabel("Changes in version 1")).toContainText(`Title: ${title}`);
  await expectInert("history");

  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("<b onmouseover=alert(2)>summary</b>")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("<svg onload=alert(6)>");
  await expectInert("public entry page");
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectInert("home page");
  await page.goto(`/entries?q=${run}`);
  await expectInert("public list");

  const feed = await request.get("/feed.xml");
  if (feed.status() !== 404) {
    const xml = await feed.text();
    expect(xml).not.toContain("<img src=x");
    expect(xml).toContain(run);
  }
  expect(dialogs).toEqual([]);
});

test("the editors' pages have no serious accessibility problems, errors shown or not", async ({ page }) => {
  async function audit(where: string) {
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), where).toEqual([]);
  }
  await page.goto("/login");
  await audit("sign-in page");
  await signIn(page, EDITOR);
  await audit("dashboard");
  await page.goto("/admin/entries/new?kind=recognition");
  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByRole("button", { name: "Add a stage" }).click();
  await addActor(page, "California", /California/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await audit("recognition form with errors");
  await page.goto("/admin/entries");
  await audit("entries");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("button", { name: /Save/ }).first()).toBeVisible();
  await audit("edit page");
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: /^History of/ })).toBeVisible();
  await audit("history");
  await page.goto("/admin/actors");
  await audit("actors");
});
