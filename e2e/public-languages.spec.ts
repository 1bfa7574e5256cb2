// Every public page in Armenian and Russian: the interface in that language (no English message of the catalogue
// in the page's own text; English content is allowed only inside lang="en"), html lang and dir, alternates, the
// language switcher, and no serious axe violation.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const LOCALES = ["hy", "ru"] as const;
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
  "/recognition?as_of=2013-01-01",
  "/entries?sourcing=single",
  "/entries/artsakh-abkhazia-mutual-recognition",
  "/changes",
  "/entries/no-such-entry",
  "/no-such-page",
];

/** Names of formats that read the same in every language (as in lib/i18n/catalogue.test.ts). */
/** Proper names that are also content (an actor is called "United States"). */
const NAMES = new Set(["United States"]);
const SAME = new Set(["RSS", "Atom", "JSON", "JSON Feed", "CSV", "API", "BibTeX", "CSL-JSON", "OpenAPI", "Wikidata", "WARC", "ZIP"]);

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, out: string[] = []): string[] {
  for (const value of Object.values(tree)) {
    if (typeof value === "string") out.push(value);
    else flatten(value, out);
  }
  return out;
}

/**
 * The English interface's words worth looking for: each message's literal runs (arguments and plural syntax cut
 * out) of two words or more, or one word of seven letters or more, so that a proper name in the content ("Host",
 * "State") is not mistaken for the interface.
 */
function englishPhrases(): string[] {
  const dir = path.join(process.cwd(), "messages", "en");
  const phrases = new Set<string>();
  for (const file of fs.readdirSync(dir)) {
    const messages = flatten(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Tree);
    for (const message of messages) {
      for (const run of message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)) {
        const text = run.replace(/[“”"«»().,:;!?·→←–—-]+/g, " ").replace(/\s+/g, " ").trim();
        if (!text || SAME.has(text) || NAMES.has(text) || !/\p{L}/u.test(text)) continue;
        const words = text.split(" ");
        if (words.length >= 2 || text.length >= 7) phrases.add(text);
      }
    }
  }
  return [...phrases];
}

const PHRASES = englishPhrases();

/** The page's own text in its language: text outside any element marked as another language, scripts and frames. */
async function ownText(page: Page, locale: string): Promise<string> {
  return page.evaluate((locale) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, iframe, template")) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang");
      if (lang && lang !== locale) continue;
      parts.push(node.textContent ?? "");
    }
    // Attributes a reader meets too: labels, placeholders, titles.
    for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title]")) {
      const lang = el.closest("[lang]")?.getAttribute("lang");
      if (lang && lang !== locale) continue;
      for (const name of ["aria-label", "placeholder", "title"]) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    parts.push(document.title);
    return parts.join(" \n ");
  }, locale);
}

function englishIn(text: string): string[] {
  const normal = ` ${text.replace(/[“”"«»().,:;!?·→←–—-]+/g, " ").replace(/\s+/g, " ")} `;
  return PHRASES.filter((phrase) => new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(normal));
}

test.describe("the record in Armenian and Russian", () => {
  test("the check finds English interface text (it can fail)", async ({ page }) => {
    await page.goto("/entries");
    expect(englishIn(await ownText(page, "en"))).toContain("Apply filters");
  });

  for (const locale of LOCALES) {
    for (const path of PAGES) {
      const url = `/${locale}${path === "/" ? "" : path}`;
      test(`${url} is in ${locale}: no English interface string, html lang, no serious axe violation`, async ({ page }) => {
        if (path === "/recognition") test.slow();
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
        expect(englishIn(await ownText(page, locale))).toEqual([]);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
      });
    }
  }

  test("the language switcher leads to the same page and query in the other languages, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/entries?kind=meeting");
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/entries\?kind=meeting$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByRole("link", { name: "Հայերեն" }).click();
    await expect(page).toHaveURL(/\/hy\/entries\?kind=meeting$/);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/entries\?kind=meeting$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("every page lists its alternates with x-default, and /en/… leads to the English address", async ({ page, request }) => {
    await page.goto("/ru/recognition");
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])),
    );
    expect(alternates).toEqual({ en: "/recognition", hy: "/hy/recognition", ru: "/ru/recognition", "x-default": "/recognition" });
    const redirect = await request.get("/en/actors", { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers().location).toMatch(/\/actors$/);
  });

  test("a Russian date keeps its precision and its month name", async ({ page }) => {
    await page.goto("/ru/entries/2014-05-california-assembly-recognises-artsakh-independence");
    await expect(page.locator("header time").first()).toHaveText(/^\d{0,2}\s?(мая|май)\s2014\sг\.$/);
  });

  test("an untranslated entry is shown in English, marked as such", async ({ page }) => {
    await page.goto("/hy/entries");
    const untranslated = page.locator("article h2:has([lang=en])").first();
    await expect(untranslated).toBeVisible();
    await expect(untranslated).toContainText("(անգլերեն)");
  });

  test("the map documents are in the language of their URL, and the framed map on /hy/recognition is Armenian", async ({ page, request }) => {
    const catalogue = (locale: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, "recognition.json"), "utf8"));
    for (const locale of LOCALES) {
      const { map, category } = catalogue(locale);
      for (const [name, titleKey] of [["world", "world"], ["us-states", "us"]] as const) {
        const url = `/${locale}/recognition/maps/${name}.svg`;
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        const svg = await response.text();
        expect(svg, url).toContain(`lang="${locale}"`);
        expect(svg, url).toContain(`<title id="map-title">${map[titleKey]}</title>`);
        expect(svg, url).toContain(`href="/${locale}/actors/`);
        expect(svg, url).not.toMatch(/href="\/actors\//);
        expect(svg, url).toContain(String(category.none).toLocaleLowerCase(locale));
        expect(svg, url).not.toMatch(/No recorded action|no recorded action|action by a body within it|Recognises independence/);
      }
    }
    const english = await (await request.get("/recognition/maps/world.svg")).text();
    expect(english).toContain("World map of recognition actions at national level");
    await page.goto("/hy/recognition");
    const frame = page.locator('iframe[src^="/hy/recognition/maps/world.svg"]').contentFrame();
    await expect(frame.getByRole("group", { name: new RegExp(catalogue("hy").map.world) })).toBeVisible();
  });

  test("the API answers in the language asked, saying which language each text is in", async ({ request }) => {
    const slug = "2014-05-california-assembly-recognises-artsakh-independence";
    const ru = await (await request.get(`/api/v1/entries/${slug}?lang=ru`)).json();
    expect(ru.data).toMatchObject({ language: "ru", titleLanguage: "ru", summaryLanguage: "ru" });
    expect(ru.data.actors.find((a: { slug: string }) => a.slug === "california")).toMatchObject({ name: "Калифорния", nameLanguage: "ru" });
    const hy = await (await request.get(`/api/v1/entries/${slug}?lang=hy`)).json();
    expect(hy.data).toMatchObject({ language: "hy", titleLanguage: "en" });
    const bad = await request.get("/api/v1/actors?lang=fr");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_parameter", parameter: "lang" });
  });

  test("a Russian feed's items are written in Russian", async ({ request }) => {
    const feed = await (await request.get("/feed.json?lang=ru&actor=california")).json();
    const html: string = feed.items[0].content_html;
    expect(html).toContain("<h3>Источники</h3>");
    expect(html).not.toContain("<h3>Sources</h3>");
  });

  test("the Armenian and Russian feeds answer at their localised addresses and with ?lang=", async ({ request }) => {
    for (const url of ["/hy/feed.xml", "/ru/feed.atom", "/feed.json?lang=ru"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
    }
  });
});
