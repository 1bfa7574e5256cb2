import { test } from "@playwright/test";

// Screenshots for looking at the design (SCREENSHOTS=1); they assert nothing, so they do not run by default.
test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take the design screenshots");

const PAGES: [string, string][] = [
  ["home", "/"],
  ["entries", "/entries"],
  ["search-hy", "/entries?q=" + encodeURIComponent("Մոսկվա")],
  ["entry", "/entries/2014-05-california-assembly-recognises-artsakh-independence"],
  ["actors", "/actors"],
  ["actor", "/actors/california"],
  ["recognition", "/recognition"],
  ["not-found", "/entries/no-such-entry"],
];

for (const width of [360, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshots at ${width} px, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, path] of PAGES) {
        await page.goto(path);
        await page.screenshot({ path: `screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
      }
    });
  }
}
