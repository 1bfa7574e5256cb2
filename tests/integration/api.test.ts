// The read-only JSON API: every endpoint, pagination to the end, bad parameters, CORS, 304, and its OpenAPI document.
import SwaggerParser from "@apidevtools/swagger-parser";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, schema } from "@/db";
import {
  apiActorListSchema,
  apiActorResponseSchema,
  apiEntryListSchema,
  apiEntryResponseSchema,
  apiErrorSchema,
} from "@/lib/api/schemas";
import { readSeedRecord } from "@/lib/seed/record";
import { removeTestData, writeAwkwardEntries } from "./helpers/record";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const entries = await import("@/app/api/v1/entries/route");
const entry = await import("@/app/api/v1/entries/[slug]/route");
const actors = await import("@/app/api/v1/actors/route");
const actor = await import("@/app/api/v1/actors/[slug]/route");
const openapi = await import("@/app/api/v1/openapi.json/route");
const index = await import("@/app/api/v1/route");

const SITE = "http://localhost:3000";
const seed = readSeedRecord();
const TAG = "api-hidden-test";
let hiddenSlugs: string[] = [];

const request = (path: string, headers: Record<string, string> = {}) => new Request(`${SITE}${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function getJson(response: Response | Promise<Response>, status = 200) {
  const r = await response;
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  expect(r.headers.get("access-control-allow-origin")).toBe("*");
  return r.json();
}

/** Follows `pagination.next` to the last page. */
async function walk(first: string, get: (r: Request) => Promise<Response>) {
  const pages: { data: { slug: string }[]; pagination: { next: string | null; nextCursor: string | null } }[] = [];
  let next: string | null = `${SITE}${first}`;
  while (next) {
    const page = await getJson(get(new Request(next)));
    pages.push(page);
    next = page.pagination.next;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

beforeAll(async () => {
  const { hidden } = await writeAwkwardEntries(TAG);
  hiddenSlugs = hidden.map((h) => h.slug);
});

afterAll(() => removeTestData({ tag: TAG, actorSlugs: ["russian-federation-dup"] }));

describe("GET /api/v1/entries", () => {
  it("pages through every published entry exactly once, newest first, to a last page without a cursor", async () => {
    const pages = await walk("/api/v1/entries?limit=7", entries.GET);
    for (const page of pages) apiEntryListSchema.parse(page);
    const slugs = pages.flatMap((p) => p.data.map((e) => e.slug));
    const [{ n }] = (await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.entries)
      .where(sql`status = 'published' and deleted_at is null`)) as [{ n: number }];
    expect(slugs).toHaveLength(n);
    expect(new Set(slugs).size).toBe(n);
    expect(pages.at(-1)!.pagination).toMatchObject({ next: null, nextCursor: null });
    expect(pages.slice(0, -1).every((p) => p.data.length === 7)).toBe(true);
    const first = (await getJson(entries.GET(request("/api/v1/entries?limit=100")))) as { total: number; data: { date: string }[] };
    expect(first.total).toBe(n);
    const dates = first.data.map((e) => e.date.padEnd(10, "-"));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("embeds actors and sources, with absolute links", async () => {
    const body = apiEntryListSchema.parse(await getJson(entries.GET(request("/api/v1/entries?actor=russia&kind=meeting"))));
    expect(body.data.length).toBeGreaterThan(0);
    for (const e of body.data) {
      expect(e.kind).toBe("meeting");
      expect(e.actors.some((a) => a.slug === "russia")).toBe(true);
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.url).toBe(`${SITE}/entries/${e.slug}`);
      expect(e.links.self).toBe(`${SITE}/api/v1/entries/${e.slug}`);
    }
  });

  it("applies the filters of /entries, and keeps them on the next page", async () => {
    const pages = await walk("/api/v1/entries?country=US&kind=recognition&limit=2", entries.GET);
    const slugs = pages.flatMap((p) => p.data.map((e) => e.slug));
    expect(slugs.some((s) => s.includes("california"))).toBe(true);
    expect(slugs.some((s) => s.includes("hawaii"))).toBe(true);
    expect(pages[0]!.pagination.next).toContain("country=US");
    const year = await getJson(entries.GET(request("/api/v1/entries?year=2014&limit=100")));
    expect(year.total).toBe(seed.entries.filter((e) => e.date.startsWith("2014")).length);
    const none = apiEntryListSchema.parse(await getJson(entries.GET(request("/api/v1/entries?q=zzzznotaword"))));
    expect(none).toMatchObject({ data: [], total: 0, pagination: { next: null } });
  });

  it("never lists drafts, deleted or unpublished entries", async () => {
    const body = await getJson(entries.GET(request(`/api/v1/entries?tag=${TAG}`)));
    expect(body.data.map((e: { title: string }) => e.title)).toEqual([expect.stringContaining("Tom & Jerry")]);
  });

  it("refuses bad parameters with 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["kind=treaty", "kind"],
      ["year=abc", "year"],
      ["year=1800", "year"],
      ["actor=Not%20A%20Slug", "actor"],
      ["country=Armenia", "country"],
      ["tag=UPPER", "tag"],
      [`q=${"x".repeat(201)}`, "q"],
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=ten", "limit"],
      ["cursor=garbage", "cursor"],
      ["knd=meeting", "knd"],
      ["lang=fr", "lang"],
      ["lang=EN", "lang"],
    ];
    for (const [query, parameter] of cases) {
      const body = apiErrorSchema.parse(await getJson(entries.GET(request(`/api/v1/entries?${query}`)), 400));
      expect(body, query).toMatchObject({ error: "invalid_parameter", parameter });
      expect(body.message.length).toBeGreaterThan(5);
    }
  });

  it("answers 304 to If-None-Match with its ETag", async () => {
    const first = await entries.GET(request("/api/v1/entries?kind=statement"));
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await entries.GET(request("/api/v1/entries?kind=statement", { "If-None-Match": etag }))).status).toBe(304);
    expect((await entries.GET(request("/api/v1/entries?kind=meeting", { "If-None-Match": etag }))).status).toBe(200);
  });
});

describe("GET /api/v1/entries/{slug}", () => {
  it("gives one entry with its actors and sources", async () => {
    const california = seed.entries.find((e) => e.slug.includes("california") && e.kind === "recognition")!;
    const body = apiEntryResponseSchema.parse(await getJson(entry.GET(request(`/api/v1/entries/${california.slug}`), params(california.slug))));
    expect(body.data).toMatchObject({ slug: california.slug, kind: "recognition", date: california.date });
    expect(body.data.details).toMatchObject({ vote: { for: 70, against: 1 } });
    expect(body.data.sources).toHaveLength(california.sources.length);
    expect(body.data.links.bibtex).toBe(`${SITE}/entries/${california.slug}/citation.bib`);
  });

  it("answers 404 for unknown and hidden entries, 410 for a published entry since removed, 400 for a malformed slug", async () => {
    // hiddenSlugs: a draft, a published entry moved to the trash, an unpublished entry (helpers/record.ts).
    const [draft, removed, unpublished] = hiddenSlugs;
    for (const slug of ["no-such-entry", draft!, unpublished!]) {
      const body = apiErrorSchema.parse(await getJson(entry.GET(request(`/api/v1/entries/${slug}`), params(slug)), 404));
      expect(body.error).toBe("not_found");
    }
    const gone = apiErrorSchema.parse(await getJson(entry.GET(request(`/api/v1/entries/${removed}`), params(removed!)), 410));
    expect(gone).toMatchObject({ error: "gone", reason: null });
    const bad = await getJson(entry.GET(request("/api/v1/entries/Bad_Slug"), params("Bad_Slug")), 400);
    expect(bad).toMatchObject({ error: "invalid_parameter", parameter: "slug" });
  });
});

describe("GET /api/v1/actors and /api/v1/actors/{slug}", () => {
  it("pages through every shown actor (named by a published entry, or marked public) in slug order", async () => {
    const pages = await walk("/api/v1/actors?limit=10", actors.GET);
    for (const page of pages) apiActorListSchema.parse(page);
    const slugs = pages.flatMap((p) => p.data.map((a) => a.slug));
    const [{ n }] = (await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.actors)
      .where(sql`deleted_at is null and merged_into_id is null and (public or exists (select 1 from entry_actors ea
        join entries e on e.id = ea.entry_id where ea.actor_id = actors.id and e.status = 'published' and e.deleted_at is null))`)) as [{ n: number }];
    expect(slugs).toHaveLength(n);
    expect(n).toBeGreaterThanOrEqual(seed.actors.length - 1);
    expect([...slugs].sort()).toEqual(slugs);
  });

  it("filters by kind and country, subdivisions included", async () => {
    const body = apiActorListSchema.parse(await getJson(actors.GET(request("/api/v1/actors?kind=subnational&country=us"))));
    const slugs = body.data.map((a) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(["california", "hawaii"]));
    expect(body.data.every((a) => a.kind === "subnational" && a.countryCode!.startsWith("US-"))).toBe(true);
  });

  it("gives one actor with its names, parent and entry count", async () => {
    const body = apiActorResponseSchema.parse(await getJson(actor.GET(request("/api/v1/actors/california"), params("california"))));
    expect(body.data).toMatchObject({ slug: "california", countryCode: "US-CA", parent: "united-states" });
    expect(body.data.entryCount).toBeGreaterThan(0);
    expect(body.data.links.entries).toBe(`${SITE}/api/v1/entries?actor=california`);
  });

  it("redirects a merged actor, and answers 404 and 400 as the entries do", async () => {
    const [target] = await getDb().select({ id: schema.actors.id }).from(schema.actors).where(eq(schema.actors.slug, "russia"));
    await getDb().insert(schema.actors).values({ slug: "russian-federation-dup", kind: "state", nameEn: "Russian Federation", mergedIntoId: target!.id });
    const moved = await actor.GET(request("/api/v1/actors/russian-federation-dup"), params("russian-federation-dup"));
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(`${SITE}/api/v1/actors/russia`);
    await getJson(actor.GET(request("/api/v1/actors/nobody"), params("nobody")), 404);
    expect(await getJson(actor.GET(request("/api/v1/actors/-x"), params("-x")), 400)).toMatchObject({ parameter: "slug" });
    for (const [query, parameter] of [["kind=planet", "kind"], ["limit=501", "limit"], ["cursor=%%%", "cursor"], ["q=x", "q"]]) {
      expect(await getJson(actors.GET(request(`/api/v1/actors?${query}`)), 400), query).toMatchObject({ parameter });
    }
  });
});

describe("lang: the record's text in the language asked", () => {
  const translated = seed.entries.find((e) => e.translations.hy?.title && e.translations.hy?.summary)!;
  const untranslatedRu = seed.entries.find((e) => !e.translations.ru)!;

  it("gives an entry's title and summary from its translation, saying which language each field is in", async () => {
    const body = apiEntryResponseSchema.parse(await getJson(entry.GET(request(`/api/v1/entries/${translated.slug}?lang=hy`), params(translated.slug))));
    expect(body.data).toMatchObject({
      language: "hy",
      title: translated.translations.hy!.title,
      titleLanguage: "hy",
      summary: translated.translations.hy!.summary,
      summaryLanguage: "hy",
    });
    const english = apiEntryResponseSchema.parse(await getJson(entry.GET(request(`/api/v1/entries/${translated.slug}`), params(translated.slug))));
    expect(english.data).toMatchObject({ language: "en", title: translated.title, titleLanguage: "en", summaryLanguage: "en" });
  });

  it("never presents English as translated: an untranslated entry keeps its English text marked en", async () => {
    const body = apiEntryResponseSchema.parse(
      await getJson(entry.GET(request(`/api/v1/entries/${untranslatedRu.slug}?lang=ru`), params(untranslatedRu.slug))),
    );
    expect(body.data).toMatchObject({ language: "ru", title: untranslatedRu.title, titleLanguage: "en", summaryLanguage: "en" });
  });

  it("names actors from their Armenian or Russian names, in lists and in entries", async () => {
    const withRu = seed.actors.find((a) => a.name.ru && a.slug === "california") ?? seed.actors.find((a) => a.name.ru)!;
    const one = apiActorResponseSchema.parse(await getJson(actor.GET(request(`/api/v1/actors/${withRu.slug}?lang=ru`), params(withRu.slug))));
    expect(one.data.displayName).toEqual({ text: withRu.name.ru, language: "ru" });
    expect(one.data.name.en).toBe(withRu.name.en);
    const list = apiActorListSchema.parse(await getJson(actors.GET(request("/api/v1/actors?lang=hy&limit=500"))));
    for (const a of list.data) {
      expect(a.displayName, a.slug).toEqual(a.name.hy ? { text: a.name.hy, language: "hy" } : { text: a.name.en, language: "en" });
    }
    const page = apiEntryListSchema.parse(await getJson(entries.GET(request("/api/v1/entries?lang=ru&limit=100"))));
    const named = page.data.flatMap((e) => e.actors);
    expect(named.some((a) => a.nameLanguage === "ru")).toBe(true);
    for (const a of named) if (a.nameLanguage === "en") expect(a.name).toBe(seed.actors.find((s) => s.slug === a.slug)?.name.en ?? a.name);
  });

  it("refuses a bad lang with 400 naming it, on every endpoint", async () => {
    const checks = [
      entries.GET(request("/api/v1/entries?lang=de")),
      entry.GET(request(`/api/v1/entries/${translated.slug}?lang=de`), params(translated.slug)),
      actors.GET(request("/api/v1/actors?lang=de")),
      actor.GET(request("/api/v1/actors/california?lang=de"), params("california")),
    ];
    for (const check of checks) {
      expect(apiErrorSchema.parse(await getJson(check, 400))).toMatchObject({ error: "invalid_parameter", parameter: "lang" });
    }
  });
});

describe("CORS and the API's description", () => {
  it("answers a preflight for every endpoint", async () => {
    for (const route of [entries, entry, actors, actor, openapi, index]) {
      const response = route.OPTIONS();
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    }
  });

  it("serves a valid OpenAPI 3.1 document describing every endpoint and parameter", async () => {
    const doc = await getJson(openapi.GET(request("/api/v1/openapi.json")));
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/actors", "/actors/{slug}", "/entries", "/entries/{slug}"]);
    const names = doc.paths["/entries"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(["kind", "actor", "country", "year", "tag", "q", "sourcing", "as_of", "limit", "cursor", "lang"]);
    expect(doc.components.schemas.Entry.properties.sources.items.$ref).toBe("#/components/schemas/Source");
    expect(doc.servers[0].url).toBe(`${SITE}/api/v1`);
  });

  it("lists its endpoints at /api/v1", async () => {
    const body = await getJson(index.GET());
    expect(body.openapi).toBe(`${SITE}/api/v1/openapi.json`);
  });
});
