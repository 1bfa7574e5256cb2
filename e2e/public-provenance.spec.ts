// How well the record's facts are sourced, and the record as it stood on a date, as a reader sees them on the
// untouched seed record.
import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByRole("region", { name: /entries|entry/ }).getByRole("article");

test.describe("sourcing", () => {
  test("?sourcing=single lists only entries resting on a single source, each with its badge", async ({ page }) => {
    await page.goto("/entries?sourcing=single");
    await expect(page.getByRole("link", { name: "Remove filter Sourcing: Resting on a single source" })).toBeVisible();
    await expect(page.getByLabel("Sourcing", { exact: true })).toHaveValue("single");
    const cards = results(page);
    expect(await cards.count()).toBeGreaterThan(5);
    for (const card of await cards.all()) {
      await expect(card).toContainText("1 source");
      await expect(card.getByRole("link", { name: "Resting on a single source" })).toBeVisible();
    }
    // The same entries in the API, each with exactly one source.
    const api = await (await page.request.get("/api/v1/entries?sourcing=single&limit=100")).json();
    expect(api.data.length).toBe(api.total);
    for (const entry of api.data) expect(entry.sources).toHaveLength(1);
    await page.goto("/entries");
    expect(await results(page).filter({ hasText: "2 sources" }).count()).toBeGreaterThan(0);
  });

  test("a bad sourcing value is named on the page and refused with 400 by the API and the feeds", async ({ page, request }) => {
    await page.goto("/entries?sourcing=many");
    await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("sourcing must be one of: single, no-primary");
    const api = await request.get("/api/v1/entries?sourcing=many");
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ error: "invalid_parameter", parameter: "sourcing" });
    expect((await request.get("/feed.xml?sourcing=many")).status()).toBe(400);
    const feed = await request.get("/feed.json?sourcing=no-primary");
    expect(feed.status()).toBe(200);
    expect((await feed.json()).title).toContain("without a primary source");
  });

  test("each source shows its tier", async ({ page }) => {
    await page.goto("/entries/2014-05-california-assembly-recognises-artsakh-independence");
    await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem").first()).toContainText("Tier: Press or reference");
  });
});

test.describe("the record as of a date", () => {
  test("/recognition?as_of=2013-01-01 shows Rhode Island and Massachusetts, not California's vote", async ({ page }) => {
    await page.goto("/recognition?as_of=2013-01-01");
    const notice = page.getByRole("note", { name: "As of" });
    await expect(notice).toContainText("The record as of 1 January 2013");
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "Rhode Island", exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: "Massachusetts", exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: "California", exact: true })).toHaveCount(0);
    await expect(page.locator('iframe[src="/recognition/maps/us-states.svg?as_of=2013-01-01"]')).toBeVisible();
    const map = await (await page.request.get("/recognition/maps/us-states.svg?as_of=2013-01-01")).text();
    const today = await (await page.request.get("/recognition/maps/us-states.svg")).text();
    expect(map).not.toEqual(today);
    await notice.getByRole("link", { name: "See today's record" }).click();
    await expect(page).toHaveURL(/\/recognition$/);
    await expect(page.getByRole("table").getByRole("link", { name: "California", exact: true })).toBeVisible();
  });

  test("a bad or impossible date gets a clear message, never a 500", async ({ page, request }) => {
    for (const [value, message] of [
      ["2013-02-30", "as_of is not a date on the calendar"],
      ["13-01-01", "as_of must be a date written YYYY-MM-DD"],
      ["2999-01-01", "as_of cannot be in the future"],
    ] as const) {
      const response = await page.goto(`/recognition?as_of=${value}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText(message);
      expect((await request.get(`/api/v1/entries?as_of=${value}`)).status()).toBe(400);
      expect((await page.goto(`/actors/california?as_of=${value}`))?.status()).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText(message);
    }
  });

  test("/entries and an actor's page follow the date too", async ({ page }) => {
    await page.goto("/entries?as_of=2013-01-01&kind=recognition");
    await expect(page.getByRole("note", { name: "As of" })).toBeVisible();
    const labels = await results(page).locator("time").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(Number(label.match(/\d{4}/)![0])).toBeLessThanOrEqual(2012);
    await page.goto("/actors/california?as_of=2013-01-01");
    await expect(page.getByRole("note", { name: "As of" })).toBeVisible();
    await expect(page.getByRole("link", { name: /California State Assembly recognises/ })).toHaveCount(0);
    // The header counts what the record held on that day, not today's figures.
    const inRecord = page.locator("dt", { hasText: "In the record" }).locator("xpath=following-sibling::dd[1]");
    const thenCount = Number((await inRecord.textContent())!.match(/\d+/)![0]);
    await page.goto("/actors/california");
    await expect(page.getByRole("link", { name: /California State Assembly recognises/ }).first()).toBeVisible();
    const todayCount = Number((await inRecord.textContent())!.match(/\d+/)![0]);
    expect(thenCount).toBeLessThan(todayCount);
  });
});

test.describe("dates only as the sources give them", () => {
  test("an undated entry says so, names the source that reports it and the bound, and is under no year", async ({ page }) => {
    await page.goto("/entries/representative-office-of-artsakh-in-paris");
    await expect(page.locator("header").getByText("undated; reported in Foreign relations of Artsakh, written no earlier than November 2019")).toBeVisible();
    await page.goto("/entries?year=2019");
    await expect(page.getByRole("link", { name: "Artsakh maintains a representative office in Paris" })).toHaveCount(0);
    await page.goto("/actors/artsakh");
    await expect(page.getByRole("heading", { name: "Undated", level: 3 }).first()).toBeVisible();
  });
});
