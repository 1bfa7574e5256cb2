// Actors: created on the spot from the entry form, edited, and a duplicate merged into the actor that stays.
import { expect, test } from "@playwright/test";
import { EDITOR, addUser, newSession, signIn, signInAsAdmin, uniqueTag } from "./admin-fixtures";

test.setTimeout(90_000);

test.beforeAll(async ({ browser }) => {
  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor");
  await context.close();
});

test("an actor created inline, then merged into its duplicate, moves the entry's link", async ({ page }) => {
  const run = uniqueTag();
  const inline = `Minister Zorayan ${run}`;
  const kept = `Zorayan ${run}, Foreign Minister`;
  await signIn(page, EDITOR);

  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(`Statement by the minister ${run}`);
  await page.getByLabel("Date", { exact: true }).fill("2022-06");
  await page.getByRole("combobox", { name: "Add an actor" }).fill(inline);
  await page.getByRole("option", { name: `Create a new actor “${inline}”…` }).click();
  const creating = page.getByRole("group", { name: "New actor" });
  await creating.getByLabel("Kind of actor").selectOption("person");
  await creating.getByLabel("Country code").fill("am");
  await creating.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("group", { name: `Actor 1: ${inline}` })).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  const entryUrl = page.url().replace(/\?.*$/, "");

  await page.goto("/admin/actors/new");
  await page.getByLabel("Name in English").fill(kept);
  await page.getByLabel("Kind of actor").selectOption("person");
  await page.getByLabel("Country code").fill("A1");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByText("Use an ISO 3166 code such as AM, US or US-CA").first()).toBeVisible();
  await expect(page.getByLabel("Name in English")).toHaveValue(kept);
  await page.getByLabel("Country code").fill("AM");
  await page.getByLabel("Aliases").fill("Zorayan");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("status")).toContainText("Actor created.");

  await page.goto("/admin/actors");
  const merge = page.getByRole("region", { name: "Merge duplicates" });
  await merge.getByRole("combobox", { name: "Duplicate to merge away" }).fill(inline);
  await page.getByRole("option", { name: new RegExp(inline) }).click();
  await merge.getByRole("combobox", { name: "Actor to keep" }).fill(kept);
  await page.getByRole("option", { name: new RegExp(kept) }).click();
  await expect(merge).toContainText(`Every entry that names “${inline}” will name “${kept}” instead`);
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(merge.getByRole("status")).toContainText("1 entry now links the actor you kept");

  await page.goto(`/admin/actors?q=${run}`);
  await expect(page.getByRole("link", { name: kept })).toBeVisible();
  await expect(page.getByRole("link", { name: inline })).toHaveCount(0);
  await page.goto(`/admin/actors?q=${run}&merged=1`);
  await expect(page.getByText(`(merged into ${kept})`)).toBeVisible();

  await page.goto(entryUrl);
  await expect(page.getByRole("group", { name: `Actor 1: ${kept}` })).toBeVisible();
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByText(`“Actor “${inline}” merged into “${kept}””`)).toBeVisible();
});
