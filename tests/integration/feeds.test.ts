// The three feeds, read back by independent parsers: ids, dates, links, escaping, filters, HTTP caching.
import { parseFeed } from "@rowanmanning/feed-parser";
import { eq, sql } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb, schema } from "@/db";
import { readSeedRecord } from "@/lib/seed/record";
import { AWKWARD_TITLE, removeTestData, writeAwkwardEntries } from "./helpers/record";

// Outside Next.js there is no cache store; the cache itself is exercised end to end (e2e/open-data.spec.ts).
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const { GET: rss } = await import("@/app/feed.xml/route");
const { GET: atom } = await import("@/app/feed.atom/route");
const { GET: json } = await import("@/app/feed.json/route");

const SITE = "http://localhost:3000";
const TAG = "feed-escaping-test";
const seed = readSeedRecord();
const GETS = { rss, atom, json } as const;
type Format = keyof typeof GETS;
const TYPES: Record<Format, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

function get(format: Format, query = "", headers: Record<string, string> = {}) {
  return GETS[format](new Request(`${SITE}/feed?${query}`, { headers }));
}

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the fields this site gives, as the spec defines them.
const rfc3339 = z.iso.datetime({ offset: true });
const author = z.object({ name: z.string().min(1), url: z.url().optional() });
const jsonFeedSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  description: z.string(),
  language: z.string(),
  authors: z.array(author).min(1),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      title: z.string(),
      content_html: z.string().min(1),
      summary: z.string().optional(),
      date_published: rfc3339,
      date_modified: rfc3339,
      authors: z.array(author).min(1),
      tags: z.array(z.string()),
      language: z.string(),
    }),
  ),
});

type Item = { rawTitle: string; id: string; url: string; title: string; published: string; updated: string; content: string; categories: string[]; author: string };

async function items(format: Format, query: string): Promise<Item[]> {
  const response = await get(format, query);
  expect(response.status, `${format} ${query}`).toBe(200);
  const text = await response.text();
  if (format === "json") {
    const feed = jsonFeedSchema.parse(JSON.parse(text));
    return feed.items.map((i) => ({
      rawTitle: i.title,
      id: i.id,
      url: i.url,
      title: i.title,
      published: new Date(i.date_published).toISOString(),
      updated: new Date(i.date_modified).toISOString(),
      content: i.content_html,
      categories: i.tags,
      author: i.authors[0]!.name,
    }));
  }
  expect(XMLValidator.validate(text)).toBe(true);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  const feed = parseFeed(text);
  expect(feed.meta.type).toBe(format);
  // The feed parser decodes entities in content for display; the HTML as sent is read with a strict XML parser.
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" }).parse(text);
  const entries = format === "rss" ? (doc.rss.channel.item ?? []) : (doc.feed.entry ?? []);
  const rawTitles: string[] = entries.map((e: { title: string | Record<string, string> }) => (typeof e.title === "string" ? e.title : e.title["#text"]));
  const contents: string[] =
    format === "rss" ? (doc.rss.channel.item ?? []).map((i: Record<string, string>) => i["content:encoded"]) : (doc.feed.entry ?? []).map((e: { content: Record<string, string> }) => e.content["#text"]);
  return feed.items.map((i, n) => ({
    rawTitle: rawTitles[n]!,
    id: i.id!,
    url: i.url!,
    title: i.title!,
    published: i.published!.toISOString(),
    updated: (format === "atom" ? i.updated! : i.published!).toISOString(),
    content: contents[n]!,
    categories: i.categories.map((c) => c.label ?? c.term),
    author: i.authors[0]?.name ?? "",
  }));
}

let awkward: { slug: string; publishedAt: string; updatedAt: string };

beforeAll(async () => {
  const { published } = await writeAwkwardEntries(TAG);
  const [row] = await getDb()
    .select({ slug: schema.entries.slug, publishedAt: schema.entries.publishedAt, updatedAt: schema.entries.updatedAt })
    .from(schema.entries)
    .where(eq(schema.entries.id, published.id));
  awkward = { slug: row!.slug, publishedAt: row!.publishedAt!.toISOString(), updatedAt: row!.updatedAt.toISOString() };
});

afterAll(() => removeTestData({ tag: TAG }));

describe.each(["rss", "atom", "json"] as const)("the %s feed", (format) => {
  it("answers with its content type, an ETag and a Last-Modified date", async () => {
    const response = await get(format);
    expect(response.headers.get("content-type")).toBe(TYPES[format]);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(response.headers.get("last-modified")!)).not.toBeNaN();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("gives the newest 50 entries by default, newest first, each with its permanent URL as id and link", async () => {
    const list = await items(format, "");
    expect(seed.entries.length).toBeGreaterThan(50);
    expect(list).toHaveLength(50);
    for (const item of list) {
      expect(item.id).toMatch(new RegExp(`^${SITE}/entries/[a-z0-9-]+$`));
      expect(item.url).toBe(item.id);
    }
    expect(list.map((i) => i.id)).toContain(`${SITE}/entries/${awkward.slug}`);
    expect(new Set(list.map((i) => i.id)).size).toBe(50);
  });

  it("keeps awkward text intact and well-formed, and escapes markup in the content", async () => {
    const [item] = await items(format, `tag=${TAG}`);
    expect(item!.title).toBe(AWKWARD_TITLE);
    // Atom declares titles type="html" and RSS readers read them as HTML: there the markup must arrive escaped.
    if (format !== "json") expect(item!.rawTitle).toContain("Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    // RSS dates (RFC 822) carry whole seconds.
    const precision = (iso: string) => (format === "rss" ? `${iso.slice(0, 19)}.000Z` : iso);
    expect(item!.published).toBe(precision(awkward.publishedAt));
    const updated = awkward.updatedAt > awkward.publishedAt ? awkward.updatedAt : awkward.publishedAt;
    expect(item!.updated).toBe(precision(format === "rss" ? awkward.publishedAt : updated));
    expect(item!.author).toBe("Artsakh Foreign Relations Record");
    // Content is HTML: the title's markup arrives as text, never as a tag.
    expect(item!.content).not.toContain("<script>");
    expect(item!.content).toContain("Quotes &quot;double&quot; &amp; &#39;single&#39;, a &lt;b&gt;tag&lt;/b&gt;");
    expect(item!.content).toContain("Ստեփանակերտ / Степанакерт 🙂");
    expect(item!.content).toContain('<a href="https://example.org/source?x=1&amp;y=&lt;2&gt;">Source &amp; title &lt;em&gt;</a>');
    expect(item!.content).toContain("<h3>Sources</h3>");
    expect(item!.content).toContain("Artsakh is ours");
    expect(item!.categories).toEqual(expect.arrayContaining(["Statement", TAG, "Russia"]));
  });

  it("applies the filters of /entries", async () => {
    const meetings = await items(format, "kind=meeting&limit=200");
    expect(meetings.length).toBe(seed.entries.filter((e) => e.kind === "meeting").length);

    const russia = await items(format, "actor=russia&limit=200");
    const expected = seed.entries.filter((e) => e.actors.some((a) => a.actor === "russia")).map((e) => `${SITE}/entries/${e.slug}`);
    expect(russia.map((i) => i.id).sort()).toEqual([...expected, `${SITE}/entries/${awkward.slug}`].sort());

    const usRecognition = await items(format, "kind=recognition&country=US");
    expect(usRecognition.some((i) => i.id.includes("california"))).toBe(true);

    expect((await items(format, "year=2014")).length).toBe(seed.entries.filter((e) => e.date.startsWith("2014")).length);
    expect((await items(format, "q=Արցախ")).length).toBeGreaterThan(0);
  });

  it("is valid and empty for a filter that matches nothing, and never shows drafts, deleted or unpublished entries", async () => {
    expect(await items(format, "q=zzzznotaword")).toEqual([]);
    expect(await items(format, "actor=no-such-actor")).toEqual([]);
    const tagged = await items(format, `tag=${TAG}`);
    expect(tagged.map((i) => i.title)).toEqual([AWKWARD_TITLE]);
  });

  it("answers 304 to a conditional request with its ETag or its date, and 200 to a stale one", async () => {
    const first = await get(format, "kind=meeting");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    const again = await get(format, "kind=meeting", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get(format, "kind=meeting", { "If-None-Match": `W/${etag}, "other"` })).status).toBe(304);
    expect((await get(format, "kind=meeting", { "If-None-Match": '"stale"' })).status).toBe(200);
    expect((await get(format, "kind=meeting", { "If-Modified-Since": lastModified })).status).toBe(304);
    expect((await get(format, "kind=meeting", { "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" })).status).toBe(200);
    // A different feed is a different representation.
    expect((await get(format, "kind=statement", { "If-None-Match": etag })).status).toBe(200);
  });

  it("refuses bad filters with 400 naming the parameter", async () => {
    for (const [query, parameter] of [["kind=treaty", "kind"], ["year=abc", "year"], ["limit=0", "limit"], ["limit=5000", "limit"], ["country=Armenia", "country"]]) {
      const response = await get(format, query!);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_parameter", parameter });
    }
  });
});

describe("feeds over time", () => {
  it("keep an entry's id and publication date when it is edited, and show the edit", async () => {
    const before = (await items("atom", `tag=${TAG}`))[0]!;
    const etag = (await get("atom", `tag=${TAG}`)).headers.get("etag")!;
    await getDb()
      .update(schema.entries)
      .set({ title: "Edited title", updatedAt: sql`now() + interval '1 minute'` })
      .where(eq(schema.entries.slug, awkward.slug));
    const after = (await items("atom", `tag=${TAG}`))[0]!;
    expect(after.id).toBe(before.id);
    expect(after.published).toBe(before.published);
    expect(after.title).toBe("Edited title");
    expect(Date.parse(after.updated)).toBeGreaterThan(Date.parse(before.updated));
    expect((await get("atom", `tag=${TAG}`, { "If-None-Match": etag })).status).toBe(200);
    await getDb().update(schema.entries).set({ title: AWKWARD_TITLE }).where(eq(schema.entries.slug, awkward.slug));
  });

  it("drop an entry once it is deleted", async () => {
    await getDb().update(schema.entries).set({ deletedAt: sql`now()` }).where(eq(schema.entries.slug, awkward.slug));
    for (const format of ["rss", "atom", "json"] as const) expect(await items(format, `tag=${TAG}`)).toEqual([]);
    await getDb().update(schema.entries).set({ deletedAt: null }).where(eq(schema.entries.slug, awkward.slug));
  });
});

describe("feeds in Armenian and Russian", () => {
  const translated = seed.entries.find((e) => e.slug === "2014-05-california-assembly-recognises-artsakh-independence")!;

  it("write the items' HTML in the feed's language: labels, dates and the record's English text marked lang=en", async () => {
    const [item] = await items("json", `lang=ru&actor=california&limit=200`).then((list) => list.filter((i) => i.url.endsWith(translated.slug)));
    expect(item, "the translated California entry").toBeTruthy();
    const html = item!.content;
    expect(html).toContain("<strong>Признание</strong>");
    expect(html).toContain("мая 2014");
    expect(html).toContain("<h3>Источники</h3>");
    expect(html).toContain("<h3>Участники</h3>");
    expect(html).toContain("Калифорния");
    expect(html).toMatch(/Голосование: 70–1/);
    expect(html).not.toContain("<h3>Sources</h3>");
    expect(html).not.toMatch(/Action:|Level:|primary source|accessed /);
    // The summary is the Russian translation; the body exists in English only, marked as such.
    expect(html).toContain(translated.translations.ru!.summary.slice(0, 30));
    expect(html).toContain('<div lang="en">');
    expect(item!.title).toBe(translated.translations.ru!.title);
  });

  it("mark an untranslated entry's summary as English, and keep the English feed as it was", async () => {
    const untranslated = seed.entries.find((e) => !e.translations.hy && e.summary)!;
    const [hy] = (await items("json", "lang=hy&limit=200")).filter((i) => i.url.endsWith(untranslated.slug));
    expect(hy!.content).toContain(`<p lang="en">${untranslated.summary.slice(0, 20)}`);
    expect(hy!.content).toContain("<h3>Աղբյուրներ</h3>");
    const [en] = (await items("json", "limit=200")).filter((i) => i.url.endsWith(untranslated.slug));
    expect(en!.content).toContain("<h3>Sources</h3>");
    expect(en!.content).not.toContain('lang="en"><');
    expect(en!.content).toMatch(/source\)/);
  });
});
