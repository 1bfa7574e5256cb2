// Provenance in the editors' hands: a quote kept in Armenian with its translation, a discrepancy between two
// sources, a correction published on /changes and /changes.xml, and a removal that leaves a 410 notice.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, addUser, newSession, signIn, signInAsAdmin, uniqueTag } from "./admin-fixtures";

test.setTimeout(180_000);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor");
  await context.close();
});

const ARMENIAN = "Արցախի Հանրապետությունը պատրաստ է երկխոսության";
const ENGLISH = "The Republic of Artsakh is ready for dialogue";

async function publicAddress(page: Page): Promise<string> {
  const address = await page.getByText(/^Address on the site: /).textContent();
  return address!.replace("Address on the site: ", "").trim();
}

test("an Armenian quote with its translation, a discrepancy, a public correction and a removal", async ({ page, request }) => {
  const title = `Statement on dialogue ${uniqueTag()}`;
  await signIn(page, EDITOR);
  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2022-05-10");
  await page.getByLabel("Summary", { exact: true }).fill("The ministry said it was ready for dialogue; the vote was 70–1.");

  await page.getByRole("button", { name: "Add a source" }).click();
  const first = page.getByRole("group", { name: "Source 1" });
  await first.getByLabel("Source URL").fill("https://example.org/hy/statement");
  await first.getByLabel("Source title").fill("Հայտարարություն");
  await first.getByLabel("Language of the source").selectOption("hy");
  await first.getByLabel("Tier").selectOption("primary");
  await first.getByLabel("Quote", { exact: true }).fill(ARMENIAN);
  await first.getByLabel("Translation of the quote").fill(ENGLISH);
  await first.getByLabel("Translated by").fill("the record's editors");
  await page.getByRole("button", { name: "Add a source" }).click();
  const second = page.getByRole("group", { name: "Source 2" });
  await second.getByLabel("Source URL").fill("https://news.example.org/dialogue");
  await second.getByLabel("Source title").fill("Ministry ready for dialogue");

  await page.getByRole("button", { name: "Add a discrepancy" }).click();
  const disc = page.getByRole("group", { name: "Discrepancy 1" });
  await disc.getByLabel("What the sources disagree on").fill("The vote");
  await disc.getByLabel("Reading 1", { exact: true }).fill("70–1");
  await disc.getByLabel("Source of reading 1").fill("1");
  await disc.getByLabel("Reading 2", { exact: true }).fill("72–1");
  await disc.getByLabel("Source of reading 2").fill("3");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(disc.getByText("There is no source 3: the entry has 2")).toBeVisible();
  await expect(first.getByLabel("Quote", { exact: true })).toHaveValue(ARMENIAN);
  await disc.getByLabel("Source of reading 2").fill("2");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const address = await publicAddress(page);
  const editUrl = page.url().replace(/\?.*$/, "");

  await test.step("the entry page shows the quote in Armenian and its translation, each marked with its language", async () => {
    await page.goto(address);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.locator('blockquote[lang="hy"]')).toContainText(ARMENIAN);
    // The translation is marked as English; its label is the page's own language.
    const translation = sources.locator("p").filter({ has: page.locator('[lang="en"]', { hasText: ENGLISH }) });
    await expect(translation).toContainText("Translation by the record's editors");
    const differ = page.getByRole("region", { name: "Where the sources differ" });
    await expect(differ).toContainText("The vote");
    await expect(differ).toContainText("70–1 according to Հայտարարություն");
    await expect(differ).toContainText("72–1 according to Ministry ready for dialogue");
  });

  await test.step("a correction with a note appears on /changes and in /changes.xml, with a public diff", async () => {
    await page.goto(editUrl);
    await page.getByLabel("Summary", { exact: true }).fill("The ministry said it was ready for dialogue; the vote was 72–1.");
    await page.getByLabel("Correction note").fill("The vote was first given as 70–1.");
    await page.getByLabel(/This edit corrects an error/).check();
    await page.getByLabel("Change note").fill("Internal: checked against the second source");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /updated|saved/i })).toBeVisible();

    await page.goto("/changes");
    const item = page.getByRole("list", { name: "Corrections, newest first" }).getByRole("listitem").first();
    await expect(item.getByRole("link", { name: title })).toBeVisible();
    await expect(item).toContainText("The vote was first given as 70–1.");
    await expect(item).toContainText("Changed: Summary.");
    await item.getByRole("link", { name: "What changed" }).click();
    const diff = page.getByLabel("Changes to the public fields");
    await expect(diff.locator("ins")).toContainText("72–1");
    await expect(diff.locator("del")).toContainText("70–1");
    await expect(page.locator("main")).not.toContainText(EDITOR.name);
    await expect(page.locator("main")).not.toContainText("Internal: checked");

    const rss = await request.get("/changes.xml");
    expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await rss.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" }).parse(xml);
    expect(doc.rss["@_version"]).toBe("2.0");
    const newest = doc.rss.channel.item[0];
    expect(newest.title).toContain(title);
    expect(newest.link).toMatch(/\/changes\/[0-9a-f-]{36}$/);
    expect(newest.description).toContain("The vote was first given as 70–1.");
    expect(xml).not.toContain(EDITOR.name);
  });

  await test.step("moved to the trash with a reason, the address answers 410 with the notice; the API too", async () => {
    await page.goto("/admin/entries?q=" + encodeURIComponent(title));
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Move to the trash" }).click();
    // The reason is required for a published entry: nothing happens without it.
    await expect(page).not.toHaveURL(/trash/);
    await page.getByLabel("Reason for removal").fill("Duplicate of an earlier entry.");
    await page.getByRole("button", { name: "Move to the trash" }).click();
    await expect(page).toHaveURL(/\/admin\/entries\/trash/);

    const response = await page.goto(address);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This entry was removed from the record");
    const note = page.getByRole("note", { name: "Removal" });
    await expect(note).toContainText(`“${title}” was removed on`);
    await expect(note).toContainText("Duplicate of an earlier entry.");
    const slug = address.split("/").pop()!;
    const api = await request.get(`/api/v1/entries/${slug}`);
    expect(api.status()).toBe(410);
    expect(await api.json()).toMatchObject({ error: "gone", reason: "Duplicate of an earlier entry." });
    // The correction stays listed, and says the entry was removed.
    await page.goto("/changes");
    await expect(page.getByRole("list", { name: "Corrections, newest first" }).getByRole("listitem").first()).toContainText("(since removed)");

    await page.goto("/admin/entries/trash");
    await page.getByRole("button", { name: `Restore “${title}”` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Restored from the trash" })).toBeVisible();
    expect((await request.get(address)).status()).toBe(200);
  });
});
