// The editorial system in the editor's own language: an editor switches their account to Russian, then to
// Armenian, and the dashboard, the entry form (with a validation message and the status of its translations)
// and the sign-in page after signing out are in that language — no sentence of the English catalogue left, html
// lang set, axe-clean; so are the actor pages (the list, the form with validation messages, an actor's history with
// its diff's field names). Sorts after admin-flow.spec.ts, which does the first-run setup.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addUser, newSession, signIn, signInAsAdmin, uniqueTag, type Person } from "./admin-fixtures";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

type Catalogue = { [key: string]: string | Catalogue };
const NAMESPACES = ["admin", "adminEntries", "adminActors", "validation", "forms", "auth", "labels"];

function catalogue(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Catalogue, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const name = `${prefix}.${key}`;
      if (typeof value === "string") out.set(name, value);
      else walk(value, name);
    }
  };
  for (const ns of NAMESPACES) {
    const file = path.join(process.cwd(), "messages", locale, `${ns}.json`);
    walk(JSON.parse(fs.readFileSync(file, "utf8")) as Catalogue, ns);
  }
  return out;
}

const english = catalogue("en");

/** A message without arguments or markup, as it renders. */
function plain(messages: Map<string, string>, key: string): string {
  const message = messages.get(key);
  if (message === undefined) throw new Error(`no message ${key}`);
  return message;
}

/**
 * English interface sentences on the page: every message of the English catalogue of two words or more, without
 * arguments, that the language translates differently, and that the page's text contains.
 */
async function englishLeft(page: Page, messages: Map<string, string>): Promise<string[]> {
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
  const left: string[] = [];
  for (const [key, message] of english) {
    if (/[{}<]/.test(message) || !/\s/.test(message.trim())) continue;
    if (messages.get(key) === message) continue;
    if (text.includes(message)) left.push(`${key}: ${message}`);
  }
  return left;
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

const shotsDir = process.env.ADMIN_SCREENSHOTS_DIR;

async function screenshots(page: Page, name: string) {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(shotsDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const run = uniqueTag();
const polyglot: Person = { name: `Lilit Polyglot ${run}`, email: `lilit.${run}@example.org`, password: "correct horse battery polyglot" };

test("the admin adds the editor whose language changes", async ({ page }) => {
  await signInAsAdmin(page);
  await addUser(page, polyglot, "editor");
});

for (const locale of ["ru", "hy"] as const) {
  test(`the editorial system in ${locale}: dashboard, entry form, validation, translation status, sign-in`, async ({ browser }) => {
    const messages = catalogue(locale);
    const { context, page } = await newSession(browser);
    await signIn(page, polyglot);

    await test.step("the editor chooses the language on their account page", async () => {
      await page.goto("/admin/account");
      // Whatever language the page is in now (the previous run left Russian), the select is named "locale".
      await page.locator("select[name=locale]").selectOption(locale);
      await page.locator("form:has(select[name=locale]) button[type=submit]").click();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("status")).toHaveText(plain(messages, "admin.account.saved"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "admin.account.title"));
    });

    await test.step("the dashboard", async () => {
      await page.goto("/admin");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "admin.dashboard.title"));
      await expect(page.getByRole("navigation", { name: plain(messages, "admin.nav.label") })).toContainText(plain(messages, "admin.nav.entries"));
      await expect(page.getByRole("button", { name: plain(messages, "admin.signOut") })).toBeVisible();
      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `dashboard-${locale}`);
    });

    await test.step("the entry form: a validation message and the translations' status", async () => {
      await page.goto("/admin/entries/new?kind=statement");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "adminEntries.page.new.statement"));
      const status = page.locator("#translation-status");
      const missing = (code: "hy" | "ru") => plain(messages, "adminEntries.translations.missing").replace("{language}", plain(messages, `labels.language.${code}`));
      await expect(status.locator("[data-translation=hy]")).toHaveText(new RegExp(escape(missing("hy"))));
      await expect(status.locator("[data-translation=ru]")).toHaveText(new RegExp(escape(missing("ru"))));

      // Saved with no title: the message next to the field, in this language.
      await page.getByRole("button", { name: plain(messages, "adminEntries.button.saveDraft") }).click();
      await expect(page.locator("#f-title-error")).toHaveText(plain(messages, "validation.entryTitle"));
      await expect(page.locator("#form-message")).toContainText(plain(messages, "forms.invalid"));

      // An Armenian title (the English entry has no summary yet): that translation is complete, the other missing.
      await page.getByText(plain(messages, "adminEntries.translations.summary")).click();
      await page.getByLabel(plain(messages, "adminEntries.translations.hyTitle")).fill("Արտաքին գործերի նախարարների հանդիպում");
      await expect(status.locator("[data-translation=hy]")).toHaveAttribute("data-state", "complete");
      await expect(status.locator("[data-translation=hy]")).toContainText(
        plain(messages, "adminEntries.translations.complete").replace("{language}", plain(messages, "labels.language.hy")),
      );
      await expect(status.locator("[data-translation=ru]")).toHaveAttribute("data-state", "missing");
      // With an English summary, a title alone is no longer the whole translation.
      await page.getByLabel(plain(messages, "adminEntries.field.summary"), { exact: true }).fill("The foreign ministers met.");
      await expect(status.locator("[data-translation=hy]")).toHaveAttribute("data-state", "titleOnly");

      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `entry-form-${locale}`);
    });

    await test.step("the list of actors", async () => {
      await page.goto("/admin/actors");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "adminActors.list.title"));
      await expect(page.getByRole("heading", { level: 2, name: plain(messages, "adminActors.list.mergeHeading") })).toBeVisible();
      await expect(page.getByRole("columnheader", { name: plain(messages, "adminActors.list.publicSite") })).toBeVisible();
      await expect(page.getByRole("link", { name: plain(messages, "adminActors.list.newActor") })).toBeVisible();
      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `actors-${locale}`);
    });

    const actorName = `Polyglot Council ${run} ${locale}`;
    await test.step("the actor form: validation messages, then a new actor and an edit", async () => {
      await page.goto("/admin/actors/new");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "adminActors.page.newTitle"));
      await page.getByRole("button", { name: plain(messages, "adminActors.form.create") }).click();
      await expect(page.locator("#f-nameEn-error")).toHaveText(plain(messages, "validation.actorNameEn"));
      await expect(page.locator("#f-kind-error")).toHaveText(plain(messages, "validation.actorKind"));
      await expect(page.locator("form [role=alert]")).toContainText(plain(messages, "forms.invalid"));
      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `actor-form-${locale}`);

      await page.getByLabel(plain(messages, "adminActors.form.nameEn")).fill(actorName);
      await page.getByLabel(plain(messages, "adminActors.form.kind")).selectOption("organisation");
      await page.getByRole("button", { name: plain(messages, "adminActors.form.create") }).click();
      await expect(page.getByRole("status").filter({ hasText: plain(messages, "adminActors.page.created") })).toBeVisible();
      await page.getByLabel(plain(messages, "adminActors.form.countryCode")).fill("AM");
      await page.getByLabel(plain(messages, "adminActors.form.aliases")).fill(locale === "ru" ? "Совет полиглотов" : "Բազմալեզուների խորհուրդ");
      await page.getByRole("button", { name: plain(messages, "adminActors.form.save") }).click();
      await expect(page.getByRole("status").filter({ hasText: plain(messages, "adminActors.page.saved") })).toBeVisible();
      expect(await englishLeft(page, messages)).toEqual([]);
    });

    await test.step("the actor's history: the diff's field names in this language", async () => {
      await page.getByRole("link", { name: plain(messages, "adminActors.page.history"), exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(actorName);
      const diff = page.locator("details").first();
      await expect(diff).toContainText(`${plain(messages, "adminActors.diff.countryCode")}: AM`);
      await expect(diff).toContainText(`${plain(messages, "adminActors.diff.alias")}: `);
      await expect(page.locator("body")).toContainText(`${plain(messages, "adminActors.diff.name")}: ${actorName}`);
      await expect(page.getByRole("button", { name: plain(messages, "admin.history.restore").replace("{version, number}", "1") })).toBeVisible();
      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `actor-history-${locale}`);
    });

    await test.step("signed out, the sign-in page stays in the editor's language", async () => {
      await page.getByRole("button", { name: plain(messages, "admin.signOut") }).click();
      await expect(page).toHaveURL(/\/login/);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(messages, "auth.title"));
      await expect(page.getByRole("status")).toHaveText(plain(messages, "auth.notice.signedOut"));
      expect(await englishLeft(page, messages)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
    await context.close();
  });
}

test("a public page ignores the editor's language: the same English page for a signed-in Russian editor", async ({ browser }) => {
  const { context, page } = await newSession(browser);
  await signIn(page, polyglot);
  await page.goto("/admin/account");
  await page.locator("select[name=locale]").selectOption("ru");
  await page.locator("form:has(select[name=locale]) button[type=submit]").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  // The same page as an anonymous reader's: English, whatever the editor chose, and none of the Russian words.
  const russian = catalogue("ru");
  for (const request of [page.request, (await browser.newContext()).request]) {
    const response = await request.get("/entries");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("<title>Entries · Artsakh Foreign Relations Record</title>");
    expect(html).not.toContain(plain(russian, "admin.nav.entries"));
    expect(html).not.toContain(plain(russian, "admin.signOut"));
  }
  await context.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
