// The public site's reads on the seed record: search ranking and highlights, paging both ways, facets,
// related entries, actors and the recognition tracker, on whichever engine this run uses.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getActorBySlug, getActorRecognitionRecord, listActors } from "@/lib/actors/queries";
import { getEntryFacets, getRelatedEntries } from "@/lib/entries/browse";
import { decodeCursor } from "@/lib/entries/cursor";
import { getSearchHighlights } from "@/lib/entries/highlights";
import { listPublishedEntries } from "@/lib/entries/listing";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { HIGHLIGHT_START, splitHighlights } from "@/lib/entries/search-text";
import { getMapData, getRecognitionSummary, listRecognitionEvents } from "@/lib/recognition/queries";
import { shadeMaps } from "@/lib/recognition/shading";
import { readSeedRecord } from "@/lib/seed/record";

const record = readSeedRecord();
const CALIFORNIA = "2014-05-california-assembly-recognises-artsakh-independence";

async function everyPage(args: Parameters<typeof listPublishedEntries>[0]) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const page = await listPublishedEntries({ ...args, cursor: cursor ? decodeCursor(cursor) : null });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe("ranked search", () => {
  it("puts title matches first and pages through every match once", async () => {
    const pages = await everyPage({ filters: { q: "Lachin" }, order: "relevance", limit: 2 });
    const slugs = pages.flatMap((p) => p.items.map((e) => e.slug));
    expect(slugs.length).toBeGreaterThan(2);
    expect(new Set(slugs).size).toBe(slugs.length);
    const [first] = pages[0]!.items;
    expect(first!.title).toMatch(/Lachin/);
    const newest = await everyPage({ filters: { q: "Lachin" }, order: "newest", limit: 50 });
    expect(new Set(newest[0]!.items.map((e) => e.slug))).toEqual(new Set(slugs));
  });

  it("finds inflected Russian and Armenian forms", async () => {
    const ru = await listPublishedEntries({ filters: { q: "Лачинский коридор" }, limit: 50 });
    expect(ru.items.map((e) => e.slug)).toContain("2023-artsakh-statement-on-peace-process-blockade-and-lachin-corridor");
    // "Մոսկվա" (Moscow) matches "Մոսկվայում" (in Moscow) in the Armenian title of the Mirzoyan–Lavrov meeting.
    const hy = await listPublishedEntries({ filters: { q: "Մոսկվա" }, limit: 50 });
    expect(hy.items.map((e) => e.slug)).toContain("2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow");
  });

  it("marks the matches in titles and in excerpts, Armenian included", async () => {
    const { items } = await listPublishedEntries({ filters: { q: "Lachin" }, order: "relevance", limit: 5 });
    const marks = await getSearchHighlights({ ids: items.map((e) => e.id), q: "Lachin" });
    const top = marks.get(items[0]!.id)!;
    expect(splitHighlights(top.title).filter((s) => s.match).map((s) => s.text)).toContain("Lachin");
    expect(top.excerpt).toContain(HIGHLIGHT_START);

    // Մոսկվա names the actor Moscow, so its English name finds entries too: look past the first few.
    const hy = await listPublishedEntries({ filters: { q: "Մոսկվա" }, limit: 50 });
    const hyMarks = await getSearchHighlights({ ids: hy.items.map((e) => e.id), q: "Մոսկվա" });
    const excerpts = [...hyMarks.values()].map((h) => h.excerpt ?? "");
    expect(excerpts.some((x) => splitHighlights(x).some((s) => s.match && s.text.startsWith("Մոսկվա")))).toBe(true);
  });
});

describe("keyset pages", () => {
  it("come back the same way they went", async () => {
    const first = await listPublishedEntries({ limit: 5 });
    expect(first.prevCursor).toBeNull();
    const second = await listPublishedEntries({ cursor: decodeCursor(first.nextCursor!), limit: 5 });
    expect(second.prevCursor).not.toBeNull();
    const back = await listPublishedEntries({ cursor: decodeCursor(second.prevCursor!), direction: "before", limit: 5 });
    expect(back.items.map((e) => e.slug)).toEqual(first.items.map((e) => e.slug));
    expect(back.prevCursor).toBeNull();
    expect(back.nextCursor).toBe(first.nextCursor);
  });
});

describe("facets and related entries", () => {
  it("count what the filters can select", async () => {
    const facets = await getEntryFacets();
    expect(facets.kinds.find((k) => k.kind === "recognition")?.count).toBe(record.entries.filter((e) => e.kind === "recognition").length);
    // Undated entries (their stored date is a bound) are never counted under a year.
    expect(facets.years.find((y) => y.year === 2019)?.count).toBe(
      record.entries.filter((e) => e.date.startsWith("2019") && e.dateQualifier !== "undated").length,
    );
    expect(facets.tags.find((t) => t.tag === "us-states")?.count).toBe(record.entries.filter((e) => e.tags.includes("us-states")).length);
    expect(facets.countries.find((c) => c.code === "US")?.name).toBe("United States");
    expect(facets.actors.find((a) => a.slug === "california")?.count).toBeGreaterThan(0);
  });

  it("relate California's recognition to the Californian twinnings before entries sharing only Artsakh", async () => {
    const entry = await getPublishedEntryBySlug({ slug: CALIFORNIA });
    const related = await getRelatedEntries({ id: entry!.id, limit: 3 });
    const slugs = related.map((r) => r.slug);
    expect(slugs).not.toContain(CALIFORNIA);
    expect(slugs.slice(0, 2).sort()).toEqual(["before-2014-05-highland-twinned-with-berdzor", "before-2014-05-montebello-twinned-with-stepanakert"]);
    expect(related[0]?.dateQualifier).toBe("before");
  });
});

describe("actors", () => {
  it("lists every actor a published entry names, with its published entries", async () => {
    const actors = await listActors();
    const named = new Set(record.entries.flatMap((e) => e.actors.map((a) => a.actor)));
    expect(actors.map((a) => a.slug).sort()).toEqual(record.actors.map((a) => a.slug).filter((slug) => named.has(slug)).sort());
    const montebello = actors.find((a) => a.slug === "montebello")!;
    const california = record.actors.find((a) => a.slug === "california")!;
    expect(montebello.parent).toEqual({ slug: "california", name: "California", nameHy: california.name.hy, nameRu: california.name.ru });
    expect(montebello.entryCount).toBe(record.entries.filter((e) => e.actors.some((a) => a.actor === "montebello")).length);
  });

  it("places an actor in its hierarchy: United States → California → Montebello", async () => {
    const found = await getActorBySlug({ slug: "montebello" });
    expect(found && "actor" in found ? found.actor.ancestors.map((a) => a.slug) : null).toEqual(["united-states", "california"]);
    const california = await getActorBySlug({ slug: "california" });
    expect(california && "actor" in california ? california.actor.children.map((c) => c.slug) : null).toEqual(["highland", "montebello"]);
    expect(await getActorBySlug({ slug: "no-such-actor" })).toBeNull();
  });

  it("sends a merged actor's readers to the actor it was merged into", async () => {
    await getDb().execute(sql`insert into actors (slug, kind, name_en, merged_into_id)
      select 'california-legislature-merged', 'subnational', 'California Legislature', id from actors where slug = 'california'`);
    try {
      expect(await getActorBySlug({ slug: "california-legislature-merged" })).toEqual({ mergedInto: "california" });
      expect((await listActors()).some((a) => a.slug === "california-legislature-merged")).toBe(false);
    } finally {
      // Test files share one database on PostgreSQL: leave the seed as it was.
      await getDb().execute(sql`delete from actors where slug = 'california-legislature-merged'`);
    }
  });

  it("gathers the recognition record of an actor and the bodies within it", async () => {
    const found = await getActorBySlug({ slug: "california" });
    const record = await getActorRecognitionRecord({ id: found && "actor" in found ? found.actor.id : "" });
    expect(record.positions.events.map((e) => `${e.actor.slug}:${e.action}`)).toContain("california:recognizes_independence");
    expect(record.ties.events.map((e) => e.actor.slug).sort()).toEqual(["highland", "montebello"]);
    expect(record.ties.total).toBe(2);
    expect(record.own.map((e) => e.action)).toEqual(["recognizes_independence"]);
    const limited = await getActorRecognitionRecord({ id: found && "actor" in found ? found.actor.id : "", perGroup: 1 });
    expect(limited.ties).toMatchObject({ total: 2 });
    expect(limited.ties.events).toHaveLength(1);
  });

  it("takes an office's host, not the office's owner, as the host's own action", async () => {
    const germany = await getActorBySlug({ slug: "germany" });
    const record = await getActorRecognitionRecord({ id: germany && "actor" in germany ? germany.actor.id : "" });
    expect(record.own.map((e) => e.action)).toEqual(["representative_office"]);
  });
});

describe("the recognition tracker", () => {
  const all = { sort: "date" as const, order: "desc" as const, page: 1 };

  it("lists every recognition event, filtered by action and level", async () => {
    const { rows, total } = await listRecognitionEvents({ query: all, pageSize: 100 });
    expect(total).toBe(record.entries.filter((e) => e.kind === "recognition").length);
    expect(rows).toHaveLength(total);
    const california = rows.find((r) => r.slug === CALIFORNIA)!;
    expect(california.jurisdictions.map((j) => j.slug)).toEqual(["california"]);
    expect(california.vote).toMatchObject({ for: 70, against: 1 });
    expect(california.source?.title).toBe("Foreign relations of Artsakh");
    // An office belongs to the country hosting it.
    expect(rows.find((r) => r.slug === "representative-office-of-artsakh-in-berlin")?.jurisdictions.map((j) => j.slug)).toEqual(["germany"]);

    const calls = await listRecognitionEvents({ query: { ...all, action: "calls_for_recognition", level: "subnational" } });
    expect(calls.rows.length).toBeGreaterThan(0);
    for (const r of calls.rows) expect([r.action, r.level]).toEqual(["calls_for_recognition", "subnational"]);
  });

  it("sorts by jurisdiction and pages", async () => {
    const { rows } = await listRecognitionEvents({ query: { ...all, sort: "jurisdiction", order: "asc" }, pageSize: 100 });
    // Named jurisdictions A to Z, then the events no jurisdiction acted in (the overview's general statement).
    const names = rows.map((r) => r.jurisdictions[0]?.name.toLowerCase() ?? null);
    const named = names.filter((n): n is string => n !== null);
    expect(named).toEqual([...named].sort());
    expect(names.slice(named.length)).toEqual(names.filter((n) => n === null));
    expect(names.at(-1)).toBeNull();
    const page2 = await listRecognitionEvents({ query: { ...all, sort: "jurisdiction", order: "asc", page: 2 }, pageSize: 10 });
    expect(page2.rows.map((r) => r.slug)).toEqual(rows.slice(10, 20).map((r) => r.slug));
  });

  it("counts events by action and level", async () => {
    const summary = await getRecognitionSummary();
    expect(summary.total).toBe(record.entries.filter((e) => e.kind === "recognition").length);
    expect(summary.byAction.reduce((n, a) => n + a.count, 0)).toBe(summary.total);
    expect(summary.byLevel.find((l) => l.level === "party")?.count).toBe(2);
  });

  it("colours California and Hawaii as recognising, and leaves Texas neutral", async () => {
    const shading = shadeMaps(await getMapData());
    expect(shading.usStates.get("US-CA")?.category).toBe("recognised");
    expect(shading.usStates.get("US-HI")?.category).toBe("recognised");
    expect(shading.usStates.get("US-RI")?.category).toBe("called");
    expect(shading.usStates.has("US-TX")).toBe(false);
    expect(shading.usStatesWithLocalAction.has("US-CA")).toBe(true);
    expect(shading.countries.get("AU")?.category).toBe("rejected");
    expect(shading.countries.get("DE")?.category).toBe("ties");
    expect(shading.uncoded.map((u) => u.actor.slug).sort()).toEqual(["abkhazia", "south-ossetia", "transnistria"]);
  });
});

describe("actors' names in the reader's language", () => {
  const california = record.actors.find((a) => a.slug === "california")!;
  const russia = record.actors.find((a) => a.slug === "russia")!;

  it("come with the facets, the directory, the hierarchy and the recognition tracker", async () => {
    const facets = await getEntryFacets();
    expect(facets.actors.find((a) => a.slug === "russia")).toMatchObject({ name: russia.name.en, nameHy: russia.name.hy, nameRu: russia.name.ru });
    expect(facets.countries.find((c) => c.code === "RU")).toMatchObject({ nameRu: russia.name.ru });
    const directory = await listActors();
    expect(directory.find((a) => a.slug === "montebello")!.parent).toMatchObject({ nameHy: california.name.hy, nameRu: california.name.ru });
    const found = (await getActorBySlug({ slug: "montebello" })) as { actor: { parent: unknown } };
    expect(found.actor.parent).toMatchObject({ slug: "california", nameRu: california.name.ru });
    const { rows } = await listRecognitionEvents({ query: { sort: "date", order: "desc", page: 1 }, pageSize: 100 });
    const row = rows.find((r) => r.slug === CALIFORNIA)!;
    expect(row.jurisdictions[0]).toMatchObject({ slug: "california", nameRu: california.name.ru });
    expect(row.translations.ru?.title).toBeTruthy();
    const recognition = await getActorRecognitionRecord({ id: ((await getActorBySlug({ slug: "california" })) as { actor: { id: string } }).actor.id });
    expect(recognition.own.find((e) => e.actor.slug === "california")!.actor).toMatchObject({ nameRu: california.name.ru });
  });
});
