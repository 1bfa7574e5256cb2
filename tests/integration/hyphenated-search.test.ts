// Searching a hyphenated word finds what its spaced words find, on the pages, in the API and in the feeds.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getSearchHighlights } from "@/lib/entries/highlights";
import { listPublishedEntries } from "@/lib/entries/listing";
import { createEntry } from "@/lib/entries/write";
import { removeTestData, statementInput } from "./helpers/record";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const apiEntries = await import("@/app/api/v1/entries/route");
const { GET: feedJson } = await import("@/app/feed.json/route");

const TAG = "hyphenated-search-test";
const TITLES = {
  spaced: "Envoys discuss the peace process and acc keep rules",
  hyphenated: "Peace-process talks resume under the acc-keep arrangement",
  compound: "Peacekeeping in the corridor from Лачин to Степанакерт",
  unrelated: "Twinning charter signed",
};

async function pageTitles(q: string): Promise<string[]> {
  const { items } = await listPublishedEntries({ filters: { q, tag: TAG }, limit: 50 });
  return items.map((e) => e.title).sort();
}

async function apiTitles(q: string): Promise<string[]> {
  const response = await apiEntries.GET(new Request(`http://localhost:3000/api/v1/entries?tag=${TAG}&q=${encodeURIComponent(q)}`));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { title: string }[] };
  return body.data.map((e) => e.title).sort();
}

async function feedTitles(q: string): Promise<string[]> {
  const response = await feedJson(new Request(`http://localhost:3000/feed.json?tag=${TAG}&q=${encodeURIComponent(q)}`));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { title: string }[] };
  return body.items.map((e) => e.title).sort();
}

beforeAll(async () => {
  for (const title of Object.values(TITLES)) {
    await createEntry({ input: await statementInput({ title, tag: TAG }), userId: null, status: "published" });
  }
});

afterAll(async () => {
  await removeTestData({ tag: TAG });
});

describe("a hyphenated search word", () => {
  it("finds what the spaced words find, whichever way the entry writes them", async () => {
    const both = [TITLES.hyphenated, TITLES.spaced].sort();
    expect(await pageTitles("peace process")).toEqual(both);
    expect(await pageTitles("peace-process")).toEqual(both);
    expect(await pageTitles("acc keep")).toEqual(both);
    expect(await pageTitles("acc-keep")).toEqual(both);
  });

  it("does the same in Cyrillic, with the inflected-prefix search", async () => {
    expect(await pageTitles("Лачин Степанакерт")).toEqual([TITLES.compound]);
    expect(await pageTitles("Лачин-Степанакерт")).toEqual([TITLES.compound]);
  });

  it("still reads a leading minus as 'not' and a quoted hyphenated word as a phrase", async () => {
    expect(await pageTitles("corridor -peace")).toEqual([TITLES.compound]);
    expect(await pageTitles("peace -keep")).toEqual([]);
    expect(await pageTitles('"peace-process"')).toEqual([TITLES.hyphenated, TITLES.spaced].sort());
    expect(await pageTitles('"process-peace"')).toEqual([]);
  });

  it("finds the same in the API's and the feeds' q", async () => {
    const both = [TITLES.hyphenated, TITLES.spaced].sort();
    expect(await apiTitles("peace-process")).toEqual(both);
    expect(await apiTitles("acc-keep")).toEqual(both);
    expect(await feedTitles("peace-process")).toEqual(both);
    expect(await feedTitles("acc-keep")).toEqual(both);
  });

  it("marks the matched parts in the results", async () => {
    const { items } = await listPublishedEntries({ filters: { q: "peace-process", tag: TAG }, limit: 50 });
    const highlights = await getSearchHighlights({ ids: items.map((e) => e.id), q: "peace-process" });
    for (const item of items) expect(highlights.get(item.id)?.title).toMatch(/\uE000(peace|Peace)/);
  });
});
