// Shared steps for the admin end-to-end tests: who signs in, how, and where the first-run setup link is.
import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string };

export const ADMIN: Person = { name: "Ada Admin", email: "ada.admin@example.org", password: "correct horse battery admin" };
export const EDITOR: Person = { name: "Eve Editor", email: "eve.editor@example.org", password: "correct horse battery editor" };

const port = process.env.E2E_PORT ?? "3100";
/** Where the e2e server keeps its data (scripts/e2e-server.mjs); start-up writes the setup link there. */
export const dataDir = process.env.E2E_DATA_DIR ?? path.resolve(process.cwd(), `.data-e2e-${port}`);
export const setupLinkFile = path.join(dataDir, "setup-link.txt");

export function readSetupLink(): string | null {
  try {
    return fs.readFileSync(setupLinkFile, "utf8").trim();
  } catch {
    return null;
  }
}

export async function completeSetup(page: Page, link: string, who: Person = ADMIN) {
  await page.goto(link);
  await page.getByLabel("Name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByLabel("Repeat the password").fill(who.password);
  await page.getByRole("button", { name: "Create the administrator" }).click();
  await expect(page.getByRole("status")).toContainText("administrator account is ready");
}

export async function signIn(page: Page, who: Person) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Adds a user through /admin/users as the signed-in admin; an existing one is left as it is. */
export async function addUser(page: Page, who: Person, role: "editor" | "admin" = "editor") {
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill(who.name);
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Password").fill(who.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText(/can now sign in|already exists/).first()).toBeVisible();
}

/**
 * The admin exists (set up now if this file runs first) and is signed in on `page`. Tests in other files
 * call this, so each file also runs on its own.
 */
export async function signInAsAdmin(page: Page) {
  const link = readSetupLink();
  if (link) await completeSetup(page, link);
  await signIn(page, ADMIN);
}

/** A second, independent browser session (its own cookies). */
export async function newSession(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** Picks an actor through the search-as-you-type box of the entry form. */
export async function addActor(page: Page, search: string, option: RegExp | string) {
  const box = page.getByRole("combobox", { name: "Add an actor" });
  await box.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}

/** Collects every dialog a page opens (and dismisses it): markup typed as text must never run. */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

export const uniqueTag = () => Math.random().toString(36).slice(2, 8);
