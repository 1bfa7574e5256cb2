import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  "/",
  "/entries",
  "/entries?q=Lachin",
  "/entries?kind=meeting&year=1995",
  "/entries/2014-05-california-assembly-recognises-artsakh-independence",
  "/entries/2023-artsakh-statement-on-peace-process-blockade-and-lachin-corridor",
  "/actors",
  "/actors/california",
  "/recognition",
  "/entries/no-such-entry",
];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const path of PAGES) {
      test(`${path} has no serious or critical axe violation (${scheme})`, async ({ page }) => {
        // /recognition frames its two map documents, which axe analyses as well.
        if (path === "/recognition") test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }

  test("at 360 px wide nothing overflows the page", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const path of ["/", "/entries", "/entries/2014-05-california-assembly-recognises-artsakh-independence", "/actors/california", "/recognition"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("keyboard", () => {
  test("skip link, search box and results can be reached and used with the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    // Then the header's language links, in their order, then the search box.
    for (const lang of ["hy", "ru"]) {
      await page.keyboard.press("Tab");
      await expect(page.locator(`header a[hreflang="${lang}"]`)).toBeFocused();
    }
    await page.keyboard.press("Tab");
    await expect(page.getByRole("searchbox", { name: "Search the record" })).toBeFocused();
    await page.keyboard.type("Hawaii");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=Hawaii/);
    const firstResult = page.getByRole("article").first().getByRole("heading").getByRole("link");
    await firstResult.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hawaii");
  });

  test("the skip link moves focus to the content", async ({ page }) => {
    await page.goto("/recognition");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(focused).toBe(true);
  });

  test("the map's coloured states and the table's sort links take focus in turn", async ({ page }) => {
    await page.goto("/recognition");
    const california = page
      .getByTitle("Map of US states by recognition action")
      .contentFrame()
      .getByRole("group", { name: /Map of US states/ })
      .getByRole("link", { name: /^California/ });
    await california.focus();
    await expect(california).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/actors\/california$/);
    await page.goto("/recognition");
    const sort = page.getByRole("table").getByRole("link", { name: /^Level/ });
    await sort.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=level/);
  });
});
