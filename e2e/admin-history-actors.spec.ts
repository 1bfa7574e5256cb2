// Actors keep their history: a stale edit is refused with the editor's text kept and can be saved over on
// purpose; the history page diffs every save and restores any of them as a new version; an actor no published
// entry names stays off the public site until an editor marks it public.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { slugify } from "../lib/slug";
import { EDITOR, addUser, newSession, signIn, signInAsAdmin, uniqueTag, type Person } from "./admin-fixtures";

test.setTimeout(120_000);

/** With SCREENSHOT_DIR set, pictures of the page at a phone's and a desktop's width, for a person to look at. */
async function screenshots(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

async function createActor(page: Page, name: string) {
  await page.goto("/admin/actors/new");
  await page.getByLabel("Name in English").fill(name);
  await page.getByLabel("Kind of actor").selectOption("person");
  await page.getByLabel("Country code").fill("AM");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Actor created." })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test.beforeAll(async ({ browser }) => {
  // On a fresh server this completes the first-run setup and enrols the admin's second factor.
  test.setTimeout(120_000);
  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor");
  await context.close();
});

test("a stale actor edit is refused with the editor's text kept, and saved over only when asked", async ({ page, browser }) => {
  const bea: Person = { name: `Bea ${uniqueTag()}`, email: `bea-${uniqueTag()}@example.org`, password: "bea's long passphrase" };
  await signInAsAdmin(page);
  await addUser(page, bea, "editor");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, EDITOR);
  const name = `Envoy Hakobyan ${uniqueTag()}`;
  const editUrl = await createActor(page, name);

  const other = await newSession(browser);
  await signIn(other.page, bea);
  await other.page.goto(editUrl);

  // Eve saves first.
  await page.getByLabel("Description").fill("Eve's description: envoy to the OSCE.");
  await page.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Actor saved." })).toBeVisible();

  // Bea, who opened version 1, saves second: refused, her text kept.
  await other.page.getByLabel("Description").fill("Bea's description, typed with care.");
  await other.page.getByLabel("Aliases").fill("Hakobyan\nH. Envoy");
  await other.page.getByRole("button", { name: "Save actor" }).click();
  const conflict = other.page.getByRole("alert").filter({ hasText: "after you opened it" });
  await expect(conflict).toContainText(`${EDITOR.name} saved this actor (version 2)`);
  await expect(conflict).toContainText("your changes were not saved");
  await expect(conflict.getByRole("link", { name: "the saved version (opens in a new tab)" })).toHaveAttribute("href", new URL(editUrl).pathname);
  await expect(conflict.getByRole("link", { name: "history", exact: true })).toHaveAttribute("href", new URL(editUrl).pathname.replace(/edit$/, "history"));
  await expect(other.page.getByLabel("Description")).toHaveValue("Bea's description, typed with care.");
  await expect(other.page.getByLabel("Aliases")).toHaveValue("Hakobyan\nH. Envoy");
  await expect(other.page.getByLabel("Name in English")).toHaveValue(name);
  await screenshots(other.page, "actor-conflict");

  // Eve's text is what was saved.
  await page.reload();
  await expect(page.getByLabel("Description")).toHaveValue("Eve's description: envoy to the OSCE.");

  // Bea chooses her version; Eve's stays in the history.
  await conflict.getByRole("button", { name: "Use my version instead" }).click();
  await expect(other.page.getByRole("status").filter({ hasText: "Your version will replace the saved one" })).toBeVisible();
  await other.page.getByRole("button", { name: "Save actor" }).click();
  await expect(other.page.getByRole("status").filter({ hasText: "Actor saved." })).toBeVisible();
  await expect(other.page.getByLabel("Description")).toHaveValue("Bea's description, typed with care.");
  await other.page.getByRole("link", { name: "History", exact: true }).click();
  await expect(other.page.getByLabel("Changes in version 2").locator("ins").filter({ hasText: "Eve's description" })).toBeVisible();
  await expect(other.page.getByLabel("Changes in version 3").locator("ins").filter({ hasText: "Bea's description" })).toBeVisible();
  await expect(other.page.getByLabel("Changes in version 3").locator("ins").filter({ hasText: "Alias: H. Envoy" })).toBeVisible();
  await other.context.close();
});

test("the actor history diffs each save and restores an earlier version as a new one; the public page follows", async ({ page }) => {
  await signIn(page, EDITOR);
  const name = `Consul Petrosyan ${uniqueTag()}`;
  const editUrl = await createActor(page, name);
  const publicUrl = `/actors/${slugify(name)}`;

  // No published entry names it: the public site does not know it.
  expect((await page.request.get(publicUrl)).status()).toBe(404);
  await expect(page.getByText("Hidden from the public site")).toBeVisible();

  await page.getByLabel("Show on the public site").check();
  await page.getByLabel("Aliases").fill("Petrosyan");
  await page.getByLabel("Change note").fill("Marked public for the consulates list");
  await page.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Actor saved." })).toBeVisible();
  expect((await page.request.get(publicUrl)).status()).toBe(200);

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`History of “${name}”`);
  const latest = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Version 2 \(current\)/ }) });
  await expect(latest).toContainText(EDITOR.name);
  await expect(latest).toContainText("“Marked public for the consulates list”");
  const changes = page.getByLabel("Changes in version 2");
  await expect(changes.locator("ins").filter({ hasText: "Alias: Petrosyan" })).toBeVisible();
  await expect(changes.locator("ins").filter({ hasText: "Public: yes" })).toBeVisible();
  await expect(changes.locator("del").filter({ hasText: "Public: only when a published entry names it" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await screenshots(page, "actor-history");

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored: it is now version 3." })).toBeVisible();
  const restored = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Version 3 \(current\)/ }) });
  await expect(restored).toContainText("“Restored version 1”");
  await expect(page.getByLabel("Changes in version 3").locator("del").filter({ hasText: "Alias: Petrosyan" })).toBeVisible();
  // Nothing was lost: version 2 is still there, and can itself be restored.
  await expect(page.getByRole("button", { name: "Restore version 2" })).toBeVisible();

  await page.goto(editUrl);
  await expect(page.getByLabel("Aliases")).toHaveValue("");
  await expect(page.getByLabel("Show on the public site")).not.toBeChecked();
  expect((await page.request.get(publicUrl)).status()).toBe(404);
});
