import { expect, test } from "@playwright/test";

test.describe("public reading", () => {
  test("home shows the latest entries and figures", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("foreign relations of Artsakh");
    await expect(page.getByRole("heading", { name: "Latest entries" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "At a glance" })).toBeVisible();
  });

  test("entries can be filtered by kind with the plain form", async ({ page }) => {
    await page.goto("/entries");
    await page.getByLabel("Kind").selectOption("meeting");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=meeting/);
    const labels = await page.getByRole("article").locator("p").first().allTextContents();
    for (const text of labels) expect(text).toContain("Meeting");
  });

  test("an entry page shows its actors and numbered sources", async ({ page }) => {
    await page.goto("/entries?q=Mirzoyan%20Lavrov");
    await page.getByRole("article").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Mirzoyan|Lavrov/);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("listitem").first()).toContainText(
      "The Foreign Ministers of Armenia and Russia thoroughly discussed",
    );
    await expect(page.getByRole("region", { name: "Actors" })).toContainText("Sergey Lavrov");
  });

  test("search finds Armenian text", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search the record" }).fill("Արցախ");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  test("bad filters get a message, unknown entries a 404", async ({ page }) => {
    await page.goto("/entries?year=abc&kind=treaty");
    const message = page.getByRole("alert").filter({ hasText: "not understood" });
    await expect(message).toContainText("year must be a year");
    await expect(message).toContainText("kind must be one of");
    const response = await page.goto("/entries/no-such-entry");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("not in the record");
  });

  test("health reports the database", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});
