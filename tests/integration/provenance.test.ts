// Issue 9, part B on the real database (both engines): sourcing filters from the counts kept on the entry row,
// the record as of a date, undated entries, public corrections with their diff, removals (410) and discrepancies.
import crypto from "node:crypto";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, schema } from "@/db";
import { apiErrorSchema } from "@/lib/api/schemas";
import { decodeCursor } from "@/lib/entries/cursor";
import { getCorrection, getRemovedEntryBySlug, listCorrections } from "@/lib/entries/corrections";
import { getEntryFacets } from "@/lib/entries/browse";
import { entryInputSchema, type EntryInput } from "@/lib/entries/input";
import { REMOVAL_REASON_MESSAGE, restoreEntry, softDeleteEntry } from "@/lib/entries/lifecycle";
import { countPublishedEntries, listPublishedEntries } from "@/lib/entries/listing";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { readRemovedEntrySlugs } from "@/lib/entries/removed-slugs";
import { readEntrySnapshot } from "@/lib/entries/snapshot";
import { createEntry, updateEntry } from "@/lib/entries/write";
import { getMapData, getRecognitionSummary, listRecognitionEvents } from "@/lib/recognition/queries";
import { createUser } from "@/lib/users/write";
import { englishMessage } from "@/lib/i18n/english";

// The cache wrapper passes through (no Next.js request here); the reads and the database are the real ones.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const entryRoute = await import("@/app/api/v1/entries/[slug]/route");
const entryResponse = (request: Request, slug: string) => entryRoute.GET(request, { params: Promise.resolve({ slug }) });

const RUN = `prov-${crypto.randomBytes(3).toString("hex")}`;
let editor: string;
let actorId: string;

beforeAll(async () => {
  editor = (
    await createUser({
      input: { email: `${RUN}@example.org`, name: "Editor Secret-Name", role: "editor", password: "long enough password" },
      actorId: null,
    })
  ).id;
  actorId = (await getDb().select({ id: schema.actors.id }).from(schema.actors).where(eq(schema.actors.slug, "russia")))[0]!.id;
});

afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.slug, `%${RUN}%`));
});

const source = (tier: "primary" | "secondary" | "advocacy", title = "Release") => ({
  url: "https://example.org/release",
  title,
  publisher: null,
  author: null,
  publishedOn: null,
  accessedOn: null,
  archiveUrl: null,
  language: "hy" as const,
  quote: "Արցախի Հանրապետություն",
  quoteTranslation: "Republic of Artsakh",
  quoteTranslator: "the record's editors",
  locator: null,
  tier,
});

function statement(title: string, sources: ReturnType<typeof source>[], extra: Partial<Record<string, unknown>> = {}): EntryInput {
  return entryInputSchema.parse({
    kind: "statement",
    slug: `${RUN}-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    title: `${RUN} ${title}`,
    summary: "A statement.",
    body: "",
    date: "2022-03-04",
    dateQualifier: null,
    place: null,
    tags: [RUN],
    originalLanguage: "en",
    translations: {},
    details: { form: "press_release", quotes: [] },
    actors: [{ actorId, role: "mentioned", titleAtTime: null }],
    sources,
    ...extra,
  });
}

const slugsOf = async (filters: Parameters<typeof listPublishedEntries>[0]["filters"]) => {
  const out: string[] = [];
  let cursor: ReturnType<typeof decodeCursor> = null;
  for (;;) {
    const page = await listPublishedEntries({ filters, cursor, limit: 50 });
    out.push(...page.items.map((e) => e.slug));
    if (!page.nextCursor) return out;
    cursor = decodeCursor(page.nextCursor);
  }
};

describe("sourcing", () => {
  it("keeps the source counts on the row and filters single-source and no-primary entries by them", async () => {
    const one = await createEntry({ input: statement("one secondary", [source("secondary")]), userId: editor, status: "published" });
    const two = await createEntry({ input: statement("two mixed", [source("primary"), source("advocacy")]), userId: editor, status: "published" });
    const single = await slugsOf({ sourcing: "single", tag: RUN });
    const noPrimary = await slugsOf({ sourcing: "no-primary", tag: RUN });
    expect(single).toEqual([one.slug]);
    expect(noPrimary).toEqual([one.slug]);

    // Every single-source entry of the whole record really has one source row, and the count agrees.
    const all = await slugsOf({ sourcing: "single" });
    expect(all.length).toBe(await countPublishedEntries({ filters: { sourcing: "single" } }));
    for (const slug of all.slice(0, 15)) expect((await getPublishedEntryBySlug({ slug }))!.sources).toHaveLength(1);

    // An edit that adds a primary source moves the entry out of both.
    const input = statement("one secondary", [source("secondary"), source("primary")]);
    const saved = await updateEntry({ id: one.id, input, expectedVersion: 1, userId: editor });
    expect(saved.status).toBe("saved");
    expect(await slugsOf({ sourcing: "single", tag: RUN })).toEqual([]);
    expect(await slugsOf({ sourcing: "no-primary", tag: RUN })).toEqual([]);
    const card = (await listPublishedEntries({ filters: { tag: RUN } })).items.find((e) => e.slug === two.slug)!;
    expect([card.sourceCount, card.primarySourceCount]).toEqual([2, 1]);
  });
});

describe("the record as of a date", () => {
  it("lists only facts dated on or before it: Rhode Island and Massachusetts on 2013-01-01, not California", async () => {
    const slugs = await slugsOf({ as_of: "2013-01-01", kind: "recognition" });
    expect(slugs).toContain("2012-05-rhode-island-house-calls-for-recognition-of-artsakh");
    expect(slugs).toContain("2012-08-massachusetts-house-calls-for-recognition-of-artsakh");
    expect(slugs).not.toContain("2014-05-california-assembly-recognises-artsakh-independence");
    expect(slugs).not.toContain("artsakh-abkhazia-mutual-recognition");
  });

  it("shapes the tracker's table, summary and maps the same way", async () => {
    const { rows, total } = await listRecognitionEvents({ query: { sort: "date", order: "desc", page: 1, asOf: "2013-01-01" }, pageSize: 100 });
    expect(rows.every((r) => r.date <= "2013-01-01")).toBe(true);
    expect(rows.map((r) => r.slug)).toContain("2012-05-rhode-island-house-calls-for-recognition-of-artsakh");
    const summary = await getRecognitionSummary("2013-01-01");
    expect(summary.total).toBe(total);
    expect(summary.total).toBeLessThan((await getRecognitionSummary()).total);
    const map = await getMapData("2013-01-01");
    expect(map.events.every((e) => e.date <= "2013-01-01")).toBe(true);
    expect(map.events.map((e) => e.entrySlug)).not.toContain("2014-05-california-assembly-recognises-artsakh-independence");
    expect((await getMapData()).events.map((e) => e.entrySlug)).toContain("2014-05-california-assembly-recognises-artsakh-independence");
  });
});

describe("undated entries", () => {
  it("are ordered by their bound but never counted under a year", async () => {
    const undated = await slugsOf({ kind: "recognition" });
    expect(undated).toContain("artsakh-abkhazia-mutual-recognition");
    const in2019 = await slugsOf({ year: 2019 });
    expect(in2019).not.toContain("artsakh-abkhazia-mutual-recognition");
    expect(in2019).not.toContain("representative-office-of-artsakh-in-paris");
    expect(in2019).toContain("2019-11-french-communist-party-urges-recognition-of-artsakh");
    const facets = await getEntryFacets();
    expect(facets.years.find((y) => y.year === 2019)!.count).toBe(in2019.length);
    // The bound orders them: as of October 2019 they are not yet in the record, as of December they are.
    expect(await slugsOf({ as_of: "2019-10-31" })).not.toContain("representative-office-of-artsakh-in-paris");
    expect(await slugsOf({ as_of: "2019-12-01" })).toContain("representative-office-of-artsakh-in-paris");
    const entry = await getPublishedEntryBySlug({ slug: "representative-office-of-artsakh-in-paris" });
    expect([entry!.dateQualifier, entry!.date, entry!.datePrecision]).toEqual(["undated", "2019-11-01", "month"]);
  });
});

describe("corrections and removals", () => {
  it("lists a correction with its note and a diff of the public fields only, newest first", async () => {
    const first = await createEntry({ input: statement("vote", [source("primary")]), userId: editor, status: "published" });
    const fixed = statement("vote", [source("primary")], { summary: "The vote was 72–1.", correctionNote: "The vote was misreported as 70–1." });
    const saved = await updateEntry({ id: first.id, input: fixed, expectedVersion: 1, userId: editor, correction: true, changeNote: "private note for editors" });
    expect(saved.status).toBe("saved");
    // An ordinary edit is not a public correction.
    await updateEntry({ id: first.id, input: { ...fixed, body: "More text." }, expectedVersion: 2, userId: editor });

    const list = await listCorrections({ limit: 10 });
    const mine = list.filter((c) => c.entrySlug === first.slug);
    expect(mine).toHaveLength(1);
    expect(list[0]!.correctedAt >= list[list.length - 1]!.correctedAt).toBe(true);
    expect(mine[0]).toMatchObject({ note: "The vote was misreported as 70–1.", version: 2, changedFields: ["Summary"], entryPublic: true });
    const diff = await getCorrection({ id: mine[0]!.id });
    const text = JSON.stringify(diff);
    expect(diff!.lines.some((l) => l.type === "added" && l.text.includes("72–1"))).toBe(true);
    expect(diff!.lines.some((l) => l.type === "removed" && l.text.includes("A statement."))).toBe(true);
    for (const secret of ["Secret-Name", "private note", "Status", editor]) expect(text).not.toContain(secret);
  });

  it("refuses to remove a published entry without a reason, then answers 410 with when and why until restored", async () => {
    const entry = await createEntry({ input: statement("removed", [source("primary")]), userId: editor, status: "published" });
    await expect(softDeleteEntry({ id: entry.id, userId: editor })).rejects.toThrow(REMOVAL_REASON_MESSAGE);
    const removed = await softDeleteEntry({ id: entry.id, userId: editor, reason: "A duplicate of another entry." });
    expect(removed.status).toBe("saved");

    expect(await getPublishedEntryBySlug({ slug: entry.slug })).toBeNull();
    expect(await getRemovedEntryBySlug({ slug: entry.slug })).toMatchObject({ title: `${RUN} removed`, reason: "A duplicate of another entry." });
    expect((await readRemovedEntrySlugs()).has(entry.slug)).toBe(true);
    const api = await entryResponse(new Request(`http://localhost/api/v1/entries/${entry.slug}`), entry.slug);
    expect(api.status).toBe(410);
    const body = apiErrorSchema.parse(await api.json());
    expect(body).toMatchObject({ error: "gone", reason: "A duplicate of another entry." });
    // A slug that never was published is still a 404.
    expect((await entryResponse(new Request("http://localhost/api/v1/entries/nothing-here"), `${RUN}-nothing`)).status).toBe(404);

    await restoreEntry({ id: entry.id, userId: editor });
    expect(await getRemovedEntryBySlug({ slug: entry.slug })).toBeNull();
    expect((await readRemovedEntrySlugs()).has(entry.slug)).toBe(false);
    expect(await getPublishedEntryBySlug({ slug: entry.slug })).not.toBeNull();
  });

  it("removes a draft without asking why, and leaves no notice", async () => {
    const draft = await createEntry({ input: statement("draft", []), userId: editor, status: "draft" });
    expect((await softDeleteEntry({ id: draft.id, userId: editor })).status).toBe("saved");
    expect(await getRemovedEntryBySlug({ slug: draft.slug })).toBeNull();
  });
});

describe("discrepancies and quotes", () => {
  it("keeps each reading with its source, and the quote's translator, through the save, the revision and the read", async () => {
    const discrepancies = [{ subject: "The floor vote", readings: [{ reading: "70–1", source: 1 }, { reading: "72–1", source: 2 }] }];
    const input = statement("disputed", [source("secondary", "Paper A"), source("secondary", "Paper B")], { discrepancies });
    const saved = await createEntry({ input, userId: editor, status: "published" });
    const entry = await getPublishedEntryBySlug({ slug: saved.slug });
    expect(entry!.discrepancies).toEqual(discrepancies);
    expect(entry!.sources[0]).toMatchObject({ language: "hy", quote: "Արցախի Հանրապետություն", quoteTranslation: "Republic of Artsakh", quoteTranslator: "the record's editors" });
    const snapshot = await readEntrySnapshot(getDb(), saved.id);
    expect(snapshot!.discrepancies).toEqual(discrepancies);
    const revision = await getDb().select({ snapshot: schema.revisions.snapshot }).from(schema.revisions).where(eq(schema.revisions.entryId, saved.id));
    expect(JSON.stringify(revision[0]!.snapshot)).toContain("72–1");
  });

  it("refuses a reading that names a source the entry does not have", () => {
    const result = entryInputSchema.safeParse({
      ...statement("bad", [source("primary")]),
      discrepancies: [{ subject: "Vote", readings: [{ reading: "1", source: 1 }, { reading: "2", source: 3 }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), englishMessage(i.message)])).toEqual([["discrepancies.0.readings.1.source", "There is no source 3: the entry has 1"]]);
  });
});
