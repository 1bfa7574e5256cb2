// Shared steps for the admin end-to-end tests: who signs in, how, and where the first-run setup link is.
import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../lib/auth/totp";

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

/** The TOTP keys the tests enrolled, by email, with the last time step used (the server accepts a code once). */
const totpFile = path.join(dataDir, "e2e-totp.json");
type TotpStore = Record<string, { secret: string; lastStep: number }>;
const readTotp = (): TotpStore => {
  try {
    return JSON.parse(fs.readFileSync(totpFile, "utf8")) as TotpStore;
  } catch {
    return {};
  }
};

export function rememberTotpSecret(email: string, secret: string) {
  fs.writeFileSync(totpFile, JSON.stringify({ ...readTotp(), [email]: { secret, lastStep: 0 } }));
}

/**
 * A code the server has not seen yet for this account: the current step's, or the next one's (within the
 * server's window of one step), waiting for time to move on when both were used.
 */
export async function freshTotpCode(email: string): Promise<string> {
  const store = readTotp();
  const entry = store[email];
  if (!entry) throw new Error(`no TOTP key enrolled for ${email}`);
  const step = Math.max(totpStep(), entry.lastStep + 1);
  while (step > totpStep() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  fs.writeFileSync(totpFile, JSON.stringify({ ...store, [email]: { ...entry, lastStep: step } }));
  return totpCode(entry.secret, step * 30_000 + 1_000);
}

/** On the two-factor page of a signed-in user who has not enrolled: enrols with a key read off the page. */
export async function enrolTwoFactor(page: Page, who: Person): Promise<string[]> {
  const start = page.getByRole("button", { name: "Set up two-factor sign-in" });
  if (await start.isVisible()) await start.click();
  await expect(page.getByRole("img", { name: "QR code of the key" })).toBeVisible();
  const key = (await page.getByLabel("Key", { exact: true }).textContent())!.replace(/\s+/g, "");
  rememberTotpSecret(who.email, key);
  await page.getByLabel("Code from your app").fill(await freshTotpCode(who.email));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return codes.allTextContents();
}

/** After the password: the code step when the account has two-factor sign-in. */
export async function answerCodeStepIfAsked(page: Page, who: Person) {
  const code = page.getByLabel("Authentication code");
  const onAdmin = page.waitForURL((url) => url.pathname.startsWith("/admin"));
  await Promise.race([onAdmin, code.waitFor()]).catch(() => {});
  onAdmin.catch(() => {});
  if (await code.isVisible()) {
    await code.fill(await freshTotpCode(who.email));
    await page.getByRole("button", { name: "Verify" }).click();
  }
}

/** Signs in (with a code when the account has two-factor sign-in; enrolling first when it must) and lands on /admin. */
export async function signIn(page: Page, who: Person) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await answerCodeStepIfAsked(page, who);
  await page.waitForURL((url) => url.pathname.startsWith("/admin"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Sent here first: the account must use two-factor sign-in and has not set it up yet.
  if (new URL(page.url()).pathname === "/admin/account/two-factor") {
    await enrolTwoFactor(page, who);
    await page.goto("/admin");
  }
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

/** The admin's session cookies, kept between tests: each sign-in with a code uses up a 30-second step. */
const adminCookiesFile = path.join(dataDir, "e2e-admin-cookies.json");

/**
 * The admin exists (set up now if this file runs first) and is signed in on `page`. Tests in other files
 * call this, so each file also runs on its own. A session still standing is reused; otherwise a new sign-in.
 */
export async function signInAsAdmin(page: Page) {
  const link = readSetupLink();
  if (link) await completeSetup(page, link);
  if (fs.existsSync(adminCookiesFile)) {
    await page.context().addCookies(JSON.parse(fs.readFileSync(adminCookiesFile, "utf8")));
    await page.goto("/admin");
    if (new URL(page.url()).pathname === "/admin") return;
  }
  await signIn(page, ADMIN);
  fs.writeFileSync(adminCookiesFile, JSON.stringify(await page.context().cookies()));
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
