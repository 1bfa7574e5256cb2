import { expect, test } from "@playwright/test";

test.describe("public reading", () => {
  test("home shows the latest entries, the figures and the ways in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("foreign relations of Artsakh");
    await expect(page.getByRole("heading", { name: "Latest entries" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    const glance = page.getByRole("region", { name: "At a glance" });
    await expect(glance.getByText("Jurisdictions that recognised Artsakh")).toBeVisible();
    await expect(glance.getByText("Latest meeting")).toBeVisible();
    await page.getByRole("region", { name: "By year" }).getByRole("link", { name: "2014" }).click();
    await expect(page).toHaveURL(/\/entries\?year=2014$/);
    await expect(page.getByRole("heading", { name: /^5 entries/ })).toBeVisible();
  });

  test("the footer links the feeds and the data exports", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", "/feed.xml");
    await expect(footer.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/feed.atom");
    await expect(footer.getByRole("link", { name: "JSON Feed" })).toHaveAttribute("href", "/feed.json");
    for (const href of ["/export/entries.csv", "/export/actors.csv", "/export/sources.csv", "/export/record.json"]) {
      await expect(footer.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
  });

  test("health reports the database, and the response cache's counters", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", db: "ok" });
    expect(Object.keys(body.responseCache).sort()).toEqual(["bypasses", "bytes", "entries", "hits", "invalidations", "maxBytes", "misses"]);
  });
});
