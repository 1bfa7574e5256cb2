// The editorial workflow end to end, from an empty user table: first-run setup, an editor, a meeting with
// two participants and two sources, validation that keeps the form, draft, publish, edit, history, restore, trash.
// Playwright runs files in name order: this one must come before any other that signs in (admin-g…, admin-m…,
// admin-s…), since those set the record up themselves when they find it empty.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, addActor, addUser, completeSetup, readSetupLink, signIn, signOut, uniqueTag } from "./admin-fixtures";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

async function publicPageOf(page: Page): Promise<string> {
  const address = await page.getByText(/^Address on the site: /).textContent();
  return address!.replace("Address on the site: ", "").trim();
}

test("an editor's day: from first-run setup to a published, edited, restored meeting", async ({ page, request }) => {
  const run = uniqueTag();
  const title = `Foreign ministers meet in Yerevan ${run}`;

  await test.step("first-run setup creates the administrator, once", async () => {
    const link = readSetupLink();
    // A retry finds the setup done by the first attempt; the rest of the workflow still runs.
    if (!link && test.info().retry > 0) return;
    expect(link, "start-up writes the setup link to DATA_DIR/setup-link.txt while no user exists").toMatch(/\/setup\?token=/);
    await completeSetup(page, link!);
    await page.goto(link!);
    await expect(page.getByText("Setup is already complete")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create the administrator" })).toHaveCount(0);
    expect(readSetupLink()).toBeNull();
  });

  await test.step("the admin adds an editor", async () => {
    await signIn(page, ADMIN);
    await addUser(page, EDITOR, "editor");
    await expect(page.getByRole("listitem", { name: EDITOR.name })).toContainText(EDITOR.email);
    await signOut(page);
  });

  await test.step("the editor signs in and starts a meeting", async () => {
    await signIn(page, EDITOR);
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.getByRole("link", { name: "New meeting" }).first().click();
    await expect(page.getByRole("heading", { name: "New meeting" })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Date", { exact: true }).fill("2023-03");
    await expect(page.locator("#date-precision")).toContainText("Precision: month");
    await page.getByLabel("Place").fill("Yerevan");
    await page.getByLabel("Summary", { exact: true }).fill("The foreign ministers of Armenia and Russia met.");
    await page.getByLabel("Body", { exact: true }).fill("They discussed the **Lachin corridor**.");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: "Body preview" }).locator("strong")).toHaveText("Lachin corridor");
    await page.getByRole("button", { name: "Write" }).click();
    await page.getByLabel("Tags").fill("Lachin corridor, peace-talks");
    await page.getByLabel("Format of the meeting").selectOption("bilateral");
    await addActor(page, "Mirzoyan", /Ararat Mirzoyan/);
    await addActor(page, "Lavrov", /Sergey Lavrov/);
    await expect(page.getByRole("group", { name: /^Actor \d: / })).toHaveCount(2);
    await page.getByLabel("Title at the time (Ararat Mirzoyan)").fill("Foreign Minister of Armenia");
    await page.getByLabel("Title at the time (Sergey Lavrov)").fill("Foreign Minister of Russia");
  });

  await test.step("publishing without a source is refused, and nothing typed is lost", async () => {
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("cannot be published without at least one source").first()).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Title at the time (Sergey Lavrov)")).toHaveValue("Foreign Minister of Russia");
  });

  await test.step("a javascript: link is refused next to its field, the form kept whole", async () => {
    await page.getByRole("button", { name: "Add a source" }).click();
    const first = page.getByRole("group", { name: "Source 1" });
    await first.getByLabel("Source URL").fill("javascript:alert(1)");
    await first.getByLabel("Source title").fill("Press release of the Ministry");
    await expect(first.getByLabel("Accessed on")).toHaveValue(new Date().toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(first.getByText("Only http:// and https:// links are accepted")).toBeVisible();
    await expect(first.getByLabel("Source URL")).toHaveAttribute("aria-invalid", "true");
    await expect(first.getByLabel("Source URL")).toHaveValue("javascript:alert(1)");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("The foreign ministers of Armenia and Russia met.");
  });

  let address = "";
  await test.step("with two good sources the draft is saved, and it is not public", async () => {
    const first = page.getByRole("group", { name: "Source 1" });
    await first.getByLabel("Source URL").fill("https://www.mfa.am/en/press-releases/2023/03/20/fm_lavrov/");
    await first.getByLabel("Publisher").fill("Ministry of Foreign Affairs of Armenia");
    await first.getByLabel("Tier").selectOption("primary");
    await page.getByRole("button", { name: "Add a source" }).click();
    const second = page.getByRole("group", { name: "Source 2" });
    await second.getByLabel("Source URL").fill("https://news.example.org/2023/03/ministers-meet");
    await second.getByLabel("Source title").fill("Ministers meet in Yerevan");
    await second.getByLabel("Archive URL").fill("https://web.archive.org/web/2023/https://news.example.org/2023/03/ministers-meet");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    address = await publicPageOf(page);
    expect((await request.get(address)).status()).toBe(404);
    expect(await (await request.get("/")).text()).not.toContain(title);
  });

  await test.step("published, it is on the home page, its own page and the feed", async () => {
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("listitem")).toHaveCount(2);
    await expect(page.getByRole("list", { name: "Actors" })).toContainText("Foreign Minister of Russia");
    const feed = await request.get("/feed.xml");
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(title.replace(/&/g, "&amp;"));
    await page.goBack();
  });

  await test.step("an edit shows on the public page at once", async () => {
    await page.goto("/admin/entries?q=" + encodeURIComponent(run));
    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Summary", { exact: true }).fill("The foreign ministers met and signed a joint statement.");
    await page.getByLabel("Outcomes").fill("Joint statement");
    await page.getByLabel("Change note").fill("Added the outcome");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await page.goto(address);
    await expect(page.getByText("The foreign ministers met and signed a joint statement.")).toBeVisible();
    await page.goBack();
  });

  await test.step("the history shows a readable diff and restores the first revision", async () => {
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { name: /^Version 3 \(current\)/ })).toBeVisible();
    const diff = page.getByLabel("Changes in version 3");
    await expect(diff.locator("del")).toContainText("The foreign ministers of Armenia and Russia met.");
    await expect(diff.locator("ins")).toContainText(["The foreign ministers met and signed a joint statement.", "Outcome: Joint statement"]);
    await expect(page.getByText("“Added the outcome”")).toBeVisible();
    await page.getByRole("button", { name: "Restore version 1" }).click();
    await expect(page.getByRole("status").filter({ hasText: "it is now version 4" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Version 4 \(current\)/ })).toBeVisible();
    await expect(page.getByText("“Restored version 1”")).toBeVisible();
    await page.goto(address);
    await expect(page.getByText("The foreign ministers of Armenia and Russia met.")).toBeVisible();
  });

  await test.step("moved to the trash it leaves a notice (410); restored it comes back", async () => {
    await page.goto("/admin/entries?q=" + encodeURIComponent(run));
    await page.getByRole("link", { name: title }).click();
    // A published entry leaves a notice at its address, so the trash asks why.
    await page.getByLabel("Reason for removal").fill("Recorded twice; see the other entry.");
    await page.getByRole("button", { name: "Move to the trash" }).click();
    await expect(page).toHaveURL(/\/admin\/entries\/trash/);
    await expect(page.getByRole("status")).toContainText(`“${title}” was moved to the trash`);
    const gone = await request.get(address);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain("Recorded twice; see the other entry.");
    await page.getByRole("button", { name: `Restore “${title}”` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Restored from the trash" })).toBeVisible();
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
});
