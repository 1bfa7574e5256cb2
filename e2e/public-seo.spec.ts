import { expect, test } from "@playwright/test";

test.describe("for search engines", () => {
  test("the sitemap lists every published entry and every actor the public sees", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.filter((p) => p.startsWith("/entries/"))).toHaveLength(59);
    // 77 actors in the seed; the Armenian Apostolic Church is named by no published entry, so it stays hidden.
    expect(locs.filter((p) => p.startsWith("/actors/"))).toHaveLength(76);
    expect(locs).not.toContain("/actors/armenian-apostolic-church");
    expect(locs).toContain("/entries/2014-05-california-assembly-recognises-artsakh-independence");
    expect(locs).toContain("/recognition");
    expect(locs.some((p) => p.startsWith("/admin"))).toBe(false);
  });

  test("robots.txt keeps /admin out and points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toContain("Disallow: /admin");
    expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  });

  test("every page type has its title, description, canonical and Open Graph tags", async ({ page }) => {
    for (const [path, title] of [
      ["/", "Artsakh Foreign Relations Record"],
      ["/entries", "Entries · Artsakh Foreign Relations Record"],
      ["/actors", "Actors · Artsakh Foreign Relations Record"],
      ["/actors/hawaii", "Hawaii · Artsakh Foreign Relations Record"],
      ["/recognition", "Recognition tracker · Artsakh Foreign Relations Record"],
    ] as const) {
      await page.goto(path);
      await expect(page, path).toHaveTitle(title);
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /\w/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${path === "/" ? "/?" : path}$`));
      await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    }
  });

  test("search results are not indexed", async ({ page }) => {
    await page.goto("/entries?q=Lachin");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});
