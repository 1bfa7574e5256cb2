import { gzipSync } from "node:zlib";
import { expect, test, type Locator, type Page } from "@playwright/test";

// The maps are SVG documents framed by the page; their links open in the top window.
const usMapOf = (page: Page) => page.getByTitle("Map of US states by recognition action").contentFrame().getByRole("group", { name: /Map of US states/ });
const worldMapOf = (page: Page) => page.getByTitle("World map of recognition actions at national level").contentFrame().getByRole("group", { name: /World map/ });
const table = (page: Page) => page.getByRole("region", { name: "Recognition events" }).getByRole("table");
const bodyRows = (page: Page) => table(page).locator("tbody").getByRole("row");

async function fillOf(shape: Locator): Promise<string> {
  return shape.evaluate((el) => getComputedStyle(el).fill);
}

async function swatch(page: Page, category: string): Promise<string> {
  return page.locator(`[data-swatch="${category}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
}

test.describe("the recognition tracker", () => {
  test("summarises the events by action and level", async ({ page }) => {
    await page.goto("/recognition");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recognition tracker");
    const summary = page.getByRole("region", { name: "At a glance" });
    await expect(summary.getByText("Recognition events")).toBeVisible();
    await expect(summary.locator("dd").first()).toHaveText("30");
    await summary.getByRole("link", { name: "Calls for recognition" }).click();
    await expect(page).toHaveURL(/action=calls_for_recognition/);
    await expect(bodyRows(page)).toHaveCount(4);
  });

  test("the table lists every event with jurisdiction, level, action, vote, date and source", async ({ page }) => {
    await page.goto("/recognition");
    await expect(bodyRows(page)).toHaveCount(30);
    const california = bodyRows(page).filter({ has: page.getByRole("link", { name: "California", exact: true }) });
    await expect(california).toHaveCount(1);
    await expect(california).toContainText("Subnational");
    await expect(california).toContainText("Recognises independence");
    await expect(california).toContainText("70–1");
    await expect(california).toContainText("May 2014");
    await expect(california.getByRole("link", { name: "Foreign relations of Artsakh" })).toHaveAttribute("href", /#sources$/);
    const hawaii = bodyRows(page).filter({ has: page.getByRole("link", { name: "Hawaii", exact: true }) });
    await expect(hawaii).toContainText("unanimous");
    await expect(hawaii).toContainText("30 March 2016");
  });

  test("the table sorts by its column headers", async ({ page }) => {
    await page.goto("/recognition");
    await expect(table(page).getByRole("columnheader", { name: /^Date/ })).toHaveAttribute("aria-sort", "descending");
    await table(page).getByRole("link", { name: /^Jurisdiction/ }).click();
    await expect(page).toHaveURL(/sort=jurisdiction/);
    await expect(table(page).getByRole("columnheader", { name: /^Jurisdiction/ })).toHaveAttribute("aria-sort", "ascending");
    const heads = await bodyRows(page).evaluateAll((rows) => rows.map((r) => ({ named: !r.querySelector("th")!.textContent!.startsWith("—"), first: r.querySelector("th a")?.textContent ?? "" })));
    expect(heads.length).toBe(30);
    // Events with a jurisdiction A to Z, then the one no jurisdiction acted in (the overview's general statement).
    const firstNames = heads.filter((h) => h.named).map((h) => h.first.toLowerCase());
    expect(firstNames.length).toBe(29);
    expect(firstNames).toEqual([...firstNames].sort());
    expect(heads[heads.length - 1]!.named).toBe(false);
    await table(page).getByRole("link", { name: /^Jurisdiction/ }).click();
    await expect(page).toHaveURL(/sort=jurisdiction&order=desc/);
    await expect(table(page).getByRole("columnheader", { name: /^Jurisdiction/ })).toHaveAttribute("aria-sort", "descending");
  });

  test("the table filters by action and level", async ({ page }) => {
    await page.goto("/recognition");
    await page.getByLabel("Action", { exact: true }).selectOption("recognizes_independence");
    await page.getByLabel("Level", { exact: true }).selectOption("subnational");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=recognizes_independence&level=subnational/);
    await expect(bodyRows(page)).toHaveCount(4);
    for (const row of await bodyRows(page).all()) {
      await expect(row).toContainText("Recognises independence");
      await expect(row).toContainText("Subnational");
    }
    await page.getByLabel("Level", { exact: true }).selectOption("municipal");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No recognition events match")).toBeVisible();
  });

  test("the US map colours California and Hawaii as recognising and leaves others neutral", async ({ page }) => {
    await page.goto("/recognition");
    const usMap = usMapOf(page);
    const recognised = await swatch(page, "recognised");
    for (const state of ["California", "Hawaii", "Maine", "Louisiana"]) {
      const link = usMap.getByRole("link", { name: new RegExp(`^${state}: Recognises independence`) });
      await expect(link).toHaveCount(1);
      expect(await fillOf(link.locator("path")), state).toBe(recognised);
    }
    await expect(usMap.getByRole("link", { name: /^Rhode Island: Calls for recognition/ })).toHaveCount(1);
    expect(await fillOf(usMap.getByRole("link", { name: /^Rhode Island/ }).locator("path"))).toBe(await swatch(page, "called"));
    const texas = usMap.locator('path[data-jurisdiction="48"]').first();
    expect(await fillOf(texas)).toBe(await swatch(page, "none"));
    await expect(usMap.locator('[data-hatched="06"]')).toHaveCount(1);
    await usMap.getByRole("link", { name: /^Hawaii/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/actors\/hawaii$/);
  });

  test("the world map colours countries by national action and names what it cannot show", async ({ page }) => {
    await page.goto("/recognition");
    const world = worldMapOf(page);
    const australia = world.getByRole("link", { name: /^Australia: Rejects recognition/ });
    expect(await fillOf(australia.locator("path"))).toBe(await swatch(page, "rejected"));
    expect(await fillOf(world.getByRole("link", { name: /^Germany: Representative office/ }).locator("path"))).toBe(await swatch(page, "ties"));
    expect(await fillOf(world.locator('path[data-jurisdiction="156"]').first())).toBe(await swatch(page, "none"));
    const caption = page.getByRole("figure", { name: /The world/ });
    await expect(caption).toContainText("Not on the map");
    await expect(caption.getByRole("link", { name: "Abkhazia" })).toBeVisible();
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend).toContainText("Passed a resolution or act recognising Artsakh");
    await expect(legend).toContainText("Called for recognition of Artsakh");
    await expect(legend).toContainText("Rejected recognition");
    await expect(legend).toContainText("No recorded action");
  });

  test("the maps are cacheable SVG documents that only the site may frame, and the page stays light", async ({ page, request }) => {
    for (const name of ["world", "us-states"]) {
      const answer = await request.get(`/recognition/maps/${name}.svg`);
      expect(answer.status(), name).toBe(200);
      expect(answer.headers()["content-type"], name).toMatch(/^image\/svg\+xml/);
      expect(answer.headers()["cache-control"], name).toMatch(/public, max-age=\d+/);
      const etag = answer.headers()["etag"]!;
      expect(etag, name).toMatch(/^"[\w-]+"$/);
      expect((await request.get(`/recognition/maps/${name}.svg`, { headers: { "If-None-Match": etag } })).status(), name).toBe(304);
      const policy = answer.headers()["content-security-policy"] ?? "";
      expect(policy, name).toContain("frame-ancestors 'self'");
      expect(policy, name).toContain("default-src 'none'");
      expect(answer.headers()["x-frame-options"], name).toBe("SAMEORIGIN");
    }
    expect((await request.get("/recognition/maps/mars.svg")).status()).toBe(404);
    const html = await (await request.get("/recognition", { headers: { "Accept-Encoding": "identity" } })).text();
    expect(html).not.toContain("<path");
    expect(gzipSync(html).length).toBeLessThan(40_000);
    // Another site cannot frame the maps.
    await page.setContent(`<iframe src="${test.info().project.use.baseURL}/recognition/maps/world.svg" title="framed"></iframe>`);
    await expect(page.getByTitle("framed").contentFrame().getByRole("group", { name: /World map/ })).toHaveCount(0);
  });

  test("links its feed and answers bad parameters with a message", async ({ page }) => {
    const response = await page.goto("/recognition?action=annexes&level=galactic&sort=colour&page=0");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "not understood" });
    await expect(alert).toContainText("action must be one of");
    await expect(alert).toContainText("level must be one of");
    await expect(alert).toContainText("sort must be one of");
    await expect(alert).toContainText("page must be 1 or more");
    await expect(bodyRows(page)).toHaveCount(30);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml\?kind=recognition$/);
    await expect(page.getByRole("link", { name: "RSS", exact: true })).toHaveAttribute("href", "/feed.xml?kind=recognition");
  });
});
