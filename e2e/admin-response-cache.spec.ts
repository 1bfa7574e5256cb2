// The full-response cache and the editors: a publish empties it (the next reader sees the change), and what a
// signed-in editor is shown is never stored for anyone else.
import { expect, test } from "@playwright/test";
import { newSession, signInAsAdmin, uniqueTag } from "./admin-fixtures";

test.setTimeout(120_000);

const today = () => new Date().toISOString().slice(0, 10);

test("a publish makes the next GET of the listing and the feed a MISS that shows the new entry", async ({ browser, request }) => {
  const watched = ["/entries?q=cache", "/feed.xml?q=cache", "/", "/api/v1/actors"];
  for (const path of watched) {
    await request.get(path);
    expect((await request.get(path)).headers()["x-cache"], path).toBe("HIT");
  }
  const actorsEtag = (await request.get("/api/v1/actors")).headers()["etag"]!;

  const { page, context } = await newSession(browser);
  await signInAsAdmin(page);
  const tag = uniqueTag();
  const title = `Statement on the cache ${tag}`;
  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2020-11-09");
  await page.getByRole("button", { name: "Add a source" }).click();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Source URL").fill("https://president.am/en/press-release/item/2020/11/10/");
  await source.getByLabel("Source title").fill("Statement by the President");
  await expect(source.getByLabel("Accessed on")).toHaveValue(today());
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  // The signed-in editor's own view of a public page is rendered for them and never stored.
  const own = await page.goto("/entries");
  expect(own!.headers()["x-cache"]).toBe("BYPASS");
  expect(own!.headers()["cache-control"]).toMatch(/no-store/);
  await context.close();

  for (const path of ["/entries?q=cache", "/feed.xml?q=cache"]) {
    const after = await request.get(path);
    expect(after.headers()["x-cache"], path).toBe("MISS");
    // The search highlights "cache" in the title, so look for the rest of it.
    expect(await after.text(), path).toContain(tag);
    expect((await request.get(path)).headers()["x-cache"], path).toBe("HIT");
  }
  expect((await request.get("/")).headers()["x-cache"]).toBe("MISS");
  // An answer the publish did not change, revalidated on the emptied cache: rendered afresh, the same bytes, a 304.
  const revalidated = await request.get("/api/v1/actors", { headers: { "If-None-Match": actorsEtag } });
  expect(revalidated.headers()["x-cache"]).toBe("MISS");
  expect(revalidated.status()).toBe(304);
});
