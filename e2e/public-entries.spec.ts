import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByRole("region", { name: /entries|entry/ }).getByRole("article");
const countHeading = (page: Page) => page.getByRole("heading", { name: /^\d[\d,]*\+? (entries|entry)/ });

async function count(page: Page): Promise<number> {
  const text = (await countHeading(page).textContent()) ?? "";
  return Number(text.replace(/,/g, "").match(/^\d+/)![0]);
}

async function applyFilters(page: Page) {
  await page.getByRole("button", { name: "Apply filters" }).click();
}

test.describe("filtering entries", () => {
  test("by kind, with the plain GET form", async ({ page }) => {
    await page.goto("/entries");
    const all = await count(page);
    await page.getByLabel("Kind", { exact: true }).selectOption("meeting");
    await applyFilters(page);
    await expect(page).toHaveURL(/\/entries\?kind=meeting$/);
    expect(await count(page)).toBe(18);
    expect(await count(page)).toBeLessThan(all);
    for (const label of await results(page).locator("p").first().allTextContents()) expect(label).toContain("Meeting");
    await expect(page.getByRole("link", { name: "Remove filter Kind: Meeting" })).toBeVisible();
  });

  test("by actor, country, year and tag, each on its own", async ({ page }) => {
    await page.goto("/entries");
    await page.getByLabel("Actor", { exact: true }).selectOption("sergey-lavrov");
    await applyFilters(page);
    await expect(page).toHaveURL(/actor=sergey-lavrov/);
    expect(await count(page)).toBe(2);
    await expect(results(page).first()).toContainText("Sergey Lavrov");

    await page.goto("/entries?country=US");
    await expect(page.getByLabel("Country", { exact: true })).toHaveValue("US");
    const us = await count(page);
    expect(us).toBeGreaterThan(5);
    await expect(page.getByRole("link", { name: /California State Assembly recognises/ })).toBeVisible();

    await page.goto("/entries");
    await page.getByLabel("Year", { exact: true }).selectOption("2013");
    await applyFilters(page);
    expect(await count(page)).toBe(2);
    for (const label of await results(page).locator("time").allTextContents()) expect(label).toContain("2013");

    await page.goto("/entries");
    await page.getByLabel("Tag", { exact: true }).selectOption("lachin-corridor");
    await applyFilters(page);
    await expect(page).toHaveURL(/tag=lachin-corridor/);
    expect(await count(page)).toBe(4);
  });

  test("combined, and each filter can be removed on its own", async ({ page }) => {
    await page.goto("/entries?kind=recognition&country=US&year=2014");
    expect(await count(page)).toBe(3);
    await page.getByLabel("Tag", { exact: true }).selectOption("state-legislatures");
    await applyFilters(page);
    await expect(page).toHaveURL(/\/entries\?kind=recognition&country=US&year=2014&tag=state-legislatures$/);
    expect(await count(page)).toBe(1);
    await expect(results(page)).toContainText(["California State Assembly recognises Artsakh's independence"]);
    await page.getByRole("link", { name: "Remove filter Year: 2014" }).click();
    await expect(page).toHaveURL(/kind=recognition&country=US&tag=state-legislatures$/);
    expect(await count(page)).toBeGreaterThan(1);
  });

  test("a view that matches nothing says so and offers a way back", async ({ page }) => {
    await page.goto("/entries?kind=meeting&year=1995");
    await expect(page.getByText("No entries match")).toBeVisible();
    await page.getByRole("link", { name: "Show all entries" }).click();
    await expect(page).toHaveURL(/\/entries$/);
    expect(await count(page)).toBeGreaterThan(50);
  });

  test("every view links its own feed, with the same filters", async ({ page }) => {
    await page.goto("/entries?kind=meeting&actor=russia");
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml\?kind=meeting&actor=russia$/);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.atom\?kind=meeting&actor=russia$/);
    await expect(page.getByRole("link", { name: "RSS", exact: true })).toHaveAttribute("href", "/feed.xml?kind=meeting&actor=russia");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/entries\?kind=meeting&actor=russia$/);
  });

  test("pages go older and back newer, keeping the filters", async ({ page }) => {
    await page.goto("/entries?year=2019");
    const firstPage = await results(page).getByRole("heading").allTextContents();
    expect(firstPage).toHaveLength(20);
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/year=2019&after=/);
    const secondPage = await results(page).getByRole("heading").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((t) => firstPage.includes(t))).toBe(false);
    await page.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL(/year=2019&before=/);
    expect(await results(page).getByRole("heading").allTextContents()).toEqual(firstPage);
  });
});

test.describe("searching", () => {
  test("English, ranked, with the matches highlighted", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search the record" }).fill("Lachin corridor");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/entries\?q=Lachin\+corridor/);
    await expect(countHeading(page)).toContainText("most relevant first");
    const first = results(page).first();
    await expect(first.getByRole("heading")).toContainText("Lachin");
    await expect(first.locator("mark").first()).toHaveText(/lachin|corridor/i);
    // Stemming: "recognising" finds "recognises" and "recognition".
    await page.goto("/entries?q=recognising");
    expect(await count(page)).toBeGreaterThan(5);
  });

  test("Armenian script, inflected forms included", async ({ page }) => {
    await page.goto("/entries");
    await page.getByLabel("Words", { exact: true }).fill("Մոսկվա");
    await applyFilters(page);
    const hit = results(page).filter({ hasText: "Ararat Mirzoyan meets Sergey Lavrov in Moscow" });
    await expect(hit).toHaveCount(1);
    // Մոսկվա names the actor Moscow: the title's "Moscow" may be marked too; the Armenian excerpt's form is.
    await expect(hit.locator("mark").filter({ hasText: /^Մոսկվա/ }).first()).toBeVisible();
    await expect(hit.locator("p[lang=hy]")).toBeVisible();
    await page.goto("/entries?q=" + encodeURIComponent("Արցախ"));
    expect(await count(page)).toBeGreaterThan(0);
  });

  test("Russian script", async ({ page }) => {
    await page.goto("/entries?q=" + encodeURIComponent("Лачинский коридор"));
    await expect(results(page).filter({ hasText: "Artsakh statement on the peace process" })).toHaveCount(1);
  });

  test("a name in Latin, Cyrillic or Armenian letters lists the same entries", async ({ page }) => {
    const listed = async (q: string) => {
      await page.goto("/entries?q=" + encodeURIComponent(q));
      return { count: await count(page), titles: (await results(page).getByRole("heading").allTextContents()).sort() };
    };
    const latin = await listed("Stepanakert");
    expect(latin.count).toBeGreaterThanOrEqual(8);
    expect(await listed("Степанакерт")).toEqual(latin);
    expect(await listed("Ստեփանակերտ")).toEqual(latin);
    // Found through a transliteration, the name is marked as the title writes it.
    await expect(results(page).locator("mark", { hasText: "Stepanakert" }).first()).toBeVisible();
  });

  test("can be ordered newest first instead", async ({ page }) => {
    await page.goto("/entries?q=Artsakh");
    await page.getByRole("link", { name: "newest", exact: true }).click();
    await expect(page).toHaveURL(/q=Artsakh&sort=newest/);
    await expect(countHeading(page)).toContainText("newest first");
    const dates = await results(page).locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

test.describe("bad parameters", () => {
  test("are named, left out, and never break the page", async ({ page }) => {
    const response = await page.goto("/entries?year=abc&kind=treaty&country=usa!&after=garbage");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "not understood" });
    await expect(alert).toContainText("year must be a year");
    await expect(alert).toContainText("kind must be one of");
    await expect(alert).toContainText("country must be an ISO 3166 code");
    await expect(alert).toContainText("after is not a page of this list");
    expect(await count(page)).toBeGreaterThan(50);
  });

  test("a 10,000-character search is refused with a message", async ({ page }) => {
    const response = await page.goto("/entries?q=" + "a".repeat(10_000));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("q must be at most 200 characters");
  });

  test("an unknown actor or tag shows no entries, not an error", async ({ page }) => {
    const response = await page.goto("/entries?actor=no-such-actor&tag=no-such-tag");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("No entries match")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and the search box still work", async ({ page }) => {
    await page.goto("/entries");
    await page.getByLabel("Kind", { exact: true }).selectOption("statement");
    await page.getByLabel("Words", { exact: true }).fill("ceasefire");
    await applyFilters(page);
    await expect(page).toHaveURL(/\/entries\?kind=statement&q=ceasefire$/);
    await expect(results(page).first()).toBeVisible();
    await page.getByRole("searchbox", { name: "Search the record" }).fill("Hawaii");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(results(page).first().getByRole("heading")).toContainText("Hawaii");
  });
});
