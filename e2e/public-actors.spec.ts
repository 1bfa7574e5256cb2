import { expect, test } from "@playwright/test";

test.describe("actors", () => {
  test("are listed grouped by kind", async ({ page }) => {
    await page.goto("/actors");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actors");
    for (const group of ["States", "Subnational bodies", "Cities and municipalities", "Organisations and parties", "People"]) {
      await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
    }
    const states = page.getByRole("region", { name: "States" });
    await expect(states.getByRole("link", { name: "Armenia", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "People" }).getByRole("link", { name: "Sergey Lavrov" })).toBeVisible();
    await page.getByRole("navigation", { name: "Actor kinds" }).getByRole("link", { name: /^People/ }).click();
    await expect(page).toHaveURL(/#person$/);
  });

  test("an actor's page: hierarchy, recognition status, twinnings, timeline and feed", async ({ page }) => {
    await page.goto("/actors");
    await page.getByRole("link", { name: "California", exact: true }).click();
    await expect(page).toHaveURL(/\/actors\/california$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("California");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "United States" })).toBeVisible();
    const status = page.getByRole("region", { name: "Recognition status" });
    await expect(status).toContainText("Passed a resolution or act recognising Artsakh");
    await expect(status.getByRole("heading", { name: "Twinnings and friendship" })).toBeVisible();
    await expect(status).toContainText("Montebello, California, is twinned with Stepanakert");
    const within = page.getByRole("region", { name: "Within California" });
    await expect(within.getByRole("link")).toHaveText(["Highland", "Montebello"]);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("heading", { name: "2014" })).toBeVisible();
    await expect(timeline.getByRole("link", { name: /California State Assembly recognises/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "RSS", exact: true })).toHaveAttribute("href", "/feed.xml?actor=california");
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml\?actor=california$/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({ "@type": "AdministrativeArea", name: "California", containedInPlace: { name: "United States" } });
  });

  test("United States → California → Montebello", async ({ page }) => {
    await page.goto("/actors/montebello");
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
    await expect(crumbs).toHaveText(["Actors", "United States", "California"]);
    await crumbs.nth(1).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("United States");
    await expect(page.getByRole("region", { name: "Within United States" }).getByRole("link", { name: "California" })).toBeVisible();
    const status = page.getByRole("region", { name: "Recognition status" });
    await expect(status).toContainText("Rejected recognition or affirmed Azerbaijan's territorial integrity");
    await expect(status.getByRole("heading", { name: "Representative offices" })).toBeVisible();
  });

  test("a person's page lists their meetings", async ({ page }) => {
    await page.goto("/actors/sergey-lavrov");
    await expect(page.getByLabel("Breadcrumb")).toBeVisible();
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("link", { name: /Mirzoyan/ })).toHaveCount(2);
    await expect(timeline).toContainText("Participant");
    await expect(page.getByRole("main").locator("[lang=ru]")).toHaveText("Сергей Лавров");
  });

  test("an unknown actor is a 404, a bad page cursor a message", async ({ page }) => {
    expect((await page.goto("/actors/no-such-actor"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in the record");
    const response = await page.goto("/actors/artsakh?after=zzz");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("after is not a page of this list");
  });
});
