// The seed record and the public reads, on whichever engine this run uses.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { entryInputSchema } from "@/lib/entries/input";
import { decodeCursor } from "@/lib/entries/cursor";
import { listPublishedEntries } from "@/lib/entries/listing";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { EntryValidationError } from "@/lib/entries/revisions";
import { createEntry } from "@/lib/entries/write";
import { readSeedRecord } from "@/lib/seed/record";

const record = readSeedRecord();

async function allSlugs(filters = {}): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listPublishedEntries({ filters, cursor: cursor ? decodeCursor(cursor) : null, limit: 7 });
    slugs.push(...page.items.map((e) => e.slug));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs;
}

describe("the seed record", () => {
  it("loads every entry and actor of the seed files", async () => {
    const db = getDb();
    const [entries] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.entries);
    const [actors] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.actors);
    expect(entries?.n).toBeGreaterThanOrEqual(record.entries.length);
    expect(actors?.n).toBe(record.actors.length);
    expect(record.entries.length).toBeGreaterThan(30);
  });

  it("gives every published entry at least one source and a first revision", async () => {
    const { entries } = schema;
    const rows = await getDb()
      .select({
        slug: entries.slug,
        sources: sql<number>`(select count(*)::int from sources where sources.entry_id = entries.id)`,
        revisions: sql<number>`(select count(*)::int from revisions where revisions.entry_id = entries.id)`,
      })
      .from(entries)
      .where(sql`${entries.status} = 'published'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.sources, row.slug).toBeGreaterThan(0);
      expect(row.revisions, row.slug).toBeGreaterThan(0);
    }
  });

  it("keeps California's 70–1 vote and Hawaii's unanimous recognition", async () => {
    const california = record.entries.find((e) => e.slug.includes("california") && e.kind === "recognition");
    expect(california).toBeDefined();
    const entry = await getPublishedEntryBySlug({ slug: california!.slug });
    expect(entry?.recognitionAction).toBe("recognizes_independence");
    expect(entry?.details).toMatchObject({ vote: { for: 70, against: 1 } });
    expect(entry?.sources[0]?.title).toBe("Foreign relations of Artsakh");
  });
});

describe("listing published entries", () => {
  it("counts each entry's sources", async () => {
    const { items } = await listPublishedEntries({ limit: 100 });
    for (const item of items) {
      const seeded = record.entries.find((e) => e.slug === item.slug);
      if (seeded) expect(item.sourceCount, item.slug).toBe(seeded.sources.length);
    }
    expect(items.some((i) => i.sourceCount > 0)).toBe(true);
  });

  it("pages newest first through every entry exactly once", async () => {
    const slugs = await allSlugs();
    expect(new Set(slugs).size).toBe(slugs.length);
    const dates = [];
    for (const slug of slugs.slice(0, 20)) dates.push((await getPublishedEntryBySlug({ slug }))!.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("filters by kind, year, tag, actor and country, and combines them", async () => {
    const meetings = await allSlugs({ kind: "meeting" });
    expect(meetings.length).toBe(record.entries.filter((e) => e.kind === "meeting").length);

    const in2014 = await allSlugs({ year: 2014 });
    expect(in2014.length).toBe(record.entries.filter((e) => e.date.startsWith("2014")).length);

    const withRussia = await allSlugs({ actor: "russia" });
    expect(withRussia.length).toBe(record.entries.filter((e) => e.actors.some((a) => a.actor === "russia")).length);

    // US includes its states: California's entry is found by the country code of the United States.
    const us = await allSlugs({ country: "US", kind: "recognition" });
    expect(us.some((s) => s.includes("california"))).toBe(true);
    expect(us.some((s) => s.includes("hawaii"))).toBe(true);

    const tag = record.entries[0]!.tags[0]!;
    const tagged = await allSlugs({ tag });
    expect(tagged.length).toBe(record.entries.filter((e) => e.tags.includes(tag)).length);
  });

  it("searches English text with stemming, and Armenian and Russian text", async () => {
    expect(await allSlugs({ q: "Lachin corridor" })).not.toHaveLength(0);
    expect(await allSlugs({ q: "recognising" })).not.toHaveLength(0);
    const armenian = record.entries.find((e) => e.translations.hy)!;
    const ru = record.entries.find((e) => e.translations.ru)!;
    const hyWord = armenian.translations.hy!.title.split(/\s+/).find((w) => w.length > 4)!;
    const ruWord = ru.translations.ru!.title.split(/\s+/).find((w) => w.length > 4)!;
    expect(await allSlugs({ q: hyWord })).toContain(armenian.slug);
    expect(await allSlugs({ q: ruWord })).toContain(ru.slug);
    expect(await allSlugs({ q: "zzzznotaword" })).toEqual([]);
  });
});

describe("writing entries", () => {
  const input = entryInputSchema.parse({
    kind: "statement",
    title: "Test statement <img src=x onerror=alert(1)>",
    summary: "",
    body: "",
    date: "2020-05",
    dateQualifier: null,
    place: null,
    tags: [],
    originalLanguage: "en",
    translations: {},
    details: { form: "statement", quotes: [] },
    actors: [],
    sources: [],
  });

  it("refuses to publish without a source, and writes nothing", async () => {
    await expect(createEntry({ input, userId: null, status: "published" })).rejects.toBeInstanceOf(EntryValidationError);
  });

  it("stores a draft with its revision, invisible to the public", async () => {
    const created = await createEntry({ input, userId: null, status: "draft" });
    expect(created.slug).toMatch(/^2020-test-statement-img-src-x-onerror-alert-1/);
    expect(await getPublishedEntryBySlug({ slug: created.slug })).toBeNull();
    const revisions = await getDb().select().from(schema.revisions).where(sql`entry_id = ${created.id}`);
    expect(revisions).toHaveLength(1);
  });

  it("lets the database refuse a day on a month-precision date", async () => {
    await expect(
      getDb().execute(sql`insert into entries (slug, kind, title, date, date_precision, details)
        values ('bad-precision', 'statement', 'x', '2020-05-15', 'month', '{}'::jsonb)`),
    ).rejects.toThrow();
  });

  it("refuses a date in the future and a date not on the calendar", () => {
    const future = entryInputSchema.safeParse({ ...input, date: `${new Date().getFullYear() + 1}-01-01` });
    expect(future.success).toBe(false);
    expect(entryInputSchema.safeParse({ ...input, date: "2023-02-30" }).success).toBe(false);
  });
});
