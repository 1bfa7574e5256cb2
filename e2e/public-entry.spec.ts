import { expect, test } from "@playwright/test";

const CALIFORNIA = "/entries/2014-05-california-assembly-recognises-artsakh-independence";
const MIRZOYAN_LAVROV = "/entries/2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow";

test.describe("an entry page", () => {
  test("shows the entry with its actors and numbered sources", async ({ page }) => {
    await page.goto("/entries?q=Mirzoyan%20Lavrov");
    await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Mirzoyan|Lavrov/);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("listitem").first()).toContainText("The Foreign Ministers of Armenia and Russia thoroughly discussed");
    const actors = page.getByRole("list", { name: "Actors" });
    await expect(actors).toContainText("Sergey Lavrov");
    await expect(actors).toContainText("Foreign Minister");
  });

  test("gives a recognition event its action, vote, sources and related entries", async ({ page }) => {
    await page.goto(CALIFORNIA);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("California State Assembly recognises Artsakh's independence, 70–1");
    await expect(page.getByText("May 2014").first()).toBeVisible();
    const facts = page.getByRole("complementary", { name: "Facts" });
    await expect(facts.getByRole("link", { name: "Recognises independence" })).toHaveAttribute("href", "/recognition?action=recognizes_independence");
    await expect(facts).toContainText("70–1");
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
    await expect(sources).toHaveCount(3);
    await expect(sources.nth(0)).toContainText("Foreign relations of Artsakh");
    await expect(sources.nth(0).locator("blockquote")).toContainText("70–1 vote");
    await expect(page.getByRole("region", { name: "Stages" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("main").locator("[lang=ru]").first()).toContainText("Калифорния");
    const related = page.getByRole("region", { name: "Related entries" });
    await expect(related.getByRole("link").first()).toHaveText(/Highland|Montebello/);
    await expect(related.getByRole("listitem").first()).toContainText("before May 2014");
    await facts.getByRole("link", { name: "California" }).click();
    await expect(page).toHaveURL(/\/actors\/california$/);
  });

  test("offers a citation as text and as BibTeX and CSL-JSON files", async ({ page }) => {
    await page.goto(MIRZOYAN_LAVROV);
    const cite = page.getByRole("region", { name: "Cite this entry" });
    await expect(cite).toContainText("Artsakh Foreign Relations Record. “Ararat Mirzoyan meets Sergey Lavrov in Moscow.” Meeting, 20 March 2023.");
    await expect(cite).toContainText(`${MIRZOYAN_LAVROV} (accessed`);
    await expect(cite.getByRole("link", { name: "BibTeX" })).toHaveAttribute("href", `${MIRZOYAN_LAVROV}/citation.bib`);
    await expect(cite.getByRole("link", { name: "CSL-JSON" })).toHaveAttribute("href", `${MIRZOYAN_LAVROV}/citation.json`);
  });

  test("describes itself to search engines and for sharing", async ({ page }) => {
    await page.goto(MIRZOYAN_LAVROV);
    await expect(page).toHaveTitle("Ararat Mirzoyan meets Sergey Lavrov in Moscow · Artsakh Foreign Relations Record");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Mirzoyan/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${MIRZOYAN_LAVROV}$`));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Ararat Mirzoyan meets Sergey Lavrov in Moscow");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.startDate).toBe("2023-03-20");
    expect(jsonLd.attendee.map((a: { name: string }) => a.name)).toContain("Sergey Lavrov");
    expect(jsonLd.citation.length).toBeGreaterThan(0);

    await page.goto(CALIFORNIA);
    const legislation = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(legislation["@type"]).toBe("Legislation");
    expect(legislation.legislationPassedBy[0].name).toBe("California");

    await page.goto("/entries/2023-artsakh-statement-on-peace-process-blockade-and-lachin-corridor");
    const statement = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(statement["@type"]).toBe("CreativeWork");
    expect(statement.hasPart[0]["@type"]).toBe("Quotation");
  });

  test("prints without navigation, with the sources' addresses", async ({ page }) => {
    await page.goto(CALIFORNIA);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("an unknown or malformed slug is a 404 page that leads back", async ({ page }) => {
    for (const path of ["/entries/no-such-entry", "/entries/NOT%20A%20SLUG", "/no-such-page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in the record");
      await expect(page.getByRole("banner")).toHaveCount(1);
    }
    await page.getByRole("link", { name: "Browse all entries" }).click();
    await expect(page).toHaveURL(/\/entries$/);
  });
});
