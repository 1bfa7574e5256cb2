// Public pages load the Next.js runtime after their first paint (scripts/server/deferred-scripts.mjs): a link
// clicked before React has hydrated it is followed by the browser, as without JavaScript. A test of client-side
// navigation waits for the hydration first.
import { expect, type Locator } from "@playwright/test";

/** Resolves once React has hydrated the element (it then carries React's props on the DOM node). */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))), { timeout: 15_000 })
    .toBe(true);
}
