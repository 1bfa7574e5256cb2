// One search across three scripts (issue 10, item 4): a name in Latin, Cyrillic or Armenian letters finds the same
// entries; the actors' names are indexed with every entry that names them and kept current by triggers when an
// actor is renamed or merged or an entry's actors change; the SQL transliteration agrees with the TypeScript one.
// On whichever engine this run uses, on the seed record.
import crypto from "node:crypto";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import type { ActorInput } from "@/lib/actors/input";
import { createActor, mergeActors, updateActor } from "@/lib/actors/write";
import { decodeCursor } from "@/lib/entries/cursor";
import { getSearchHighlights } from "@/lib/entries/highlights";
import { entryInputSchema } from "@/lib/entries/input";
import { countPublishedEntriesUpTo, listPublishedEntries } from "@/lib/entries/listing";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/entries/search-text";
import { LATIN_DIGRAPHS, LATIN_LETTERS, PLAIN_LETTERS, nameKey, searchKeys } from "@/lib/entries/transliterate";
import { createEntry } from "@/lib/entries/write";
import { rowsOf } from "@/lib/rows";
import { createUser } from "@/lib/users/write";

const RUN = `xscript${crypto.randomBytes(3).toString("hex")}`;
let editor: string;

beforeAll(async () => {
  editor = (await createUser({ input: { email: `${RUN}@example.org`, name: "Script Editor", role: "editor", password: "long enough password" }, actorId: null })).id;
});

afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.title, `%${RUN}%`));
  await getDb().delete(schema.actors).where(like(schema.actors.slug, `%${RUN}%`));
});

/** Every entry a query finds (newest first, every page), as slugs. */
async function found(q: string): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listPublishedEntries>> = await listPublishedEntries({ filters: { q }, cursor: cursor ? decodeCursor(cursor) : null, limit: 50 });
    slugs.push(...page.items.map((e) => e.slug));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs.sort();
}

async function ranked(q: string): Promise<string[]> {
  return (await listPublishedEntries({ filters: { q }, order: "relevance", limit: 100 })).items.map((e) => e.slug);
}

describe("the SQL transliteration", () => {
  it("gives the keys the TypeScript gives, letter by letter and for whole texts", async () => {
    const letters = [...Object.keys(LATIN_LETTERS), ...Object.keys(LATIN_DIGRAPHS), ...Object.keys(PLAIN_LETTERS)];
    const texts = [
      ...letters.map((l) => `a${l}b ${l}`),
      "Степанакерт", "Ստեփանակերտ", "Stepanakert", "Хачатурян Khachaturian Hachaturjan", "Yerevan Ереван Երևան",
      "Приднестровская Молдавская Республика", "Xankəndi, Ханкенди!", "Ter-Petrosyan 1998", "ՇՈՒՇԻ «Ղարաբաղ»",
      "Встреча в Степанакерте — Stepanakert's mayor", "",
    ];
    const result = await getDb().execute(sql`select t, record_name_key(t) as k, record_search_keys(t) as s from unnest(array[${sql.join(
      texts.map((t) => sql`${t}`),
      sql`, `,
    )}]::text[]) as t`);
    const rows = rowsOf<{ t: string; k: string; s: string }>(result);
    expect(rows).toHaveLength(texts.length);
    for (const row of rows) {
      expect({ text: row.t, key: row.k }).toEqual({ text: row.t, key: nameKey(row.t) });
      expect({ text: row.t, keys: row.s }).toEqual({ text: row.t, keys: searchKeys(row.t).join(" ") });
    }
  });
});

describe("a name in three scripts", () => {
  it("Stepanakert, Степанакерт and Ստեփանակերտ find the same entries", async () => {
    const latin = await found("Stepanakert");
    expect(latin.length).toBeGreaterThanOrEqual(8);
    expect(await found("Степанакерт")).toEqual(latin);
    expect(await found("Ստեփանակերտ")).toEqual(latin);
  });

  it("Лавров and Lavrov, Приднестровье and Transnistria find the same entries", async () => {
    const lavrov = await found("Lavrov");
    expect(lavrov.length).toBeGreaterThan(0);
    expect(await found("Лавров")).toEqual(lavrov);
    const transnistria = await found("Transnistria");
    expect(transnistria.length).toBeGreaterThanOrEqual(4);
    expect(transnistria).toContain("2001-artsakh-transnistria-protocol-on-cooperation-and-consultations");
    expect(await found("Приднестровье")).toEqual(transnistria);
  });

  it("ranks title matches first and highlights the name as the title writes it", async () => {
    // The same entries in both orders (ts_rank weighs each query's own alternatives, so ties may fall apart).
    expect((await ranked("Степанакерт")).sort()).toEqual((await ranked("Stepanakert")).sort());
    const { items } = await listPublishedEntries({ filters: { q: "Степанакерт" }, order: "relevance", limit: 3 });
    expect(items[0]!.title).toMatch(/Stepanakert/);
    const marks = await getSearchHighlights({ ids: items.map((e) => e.id), q: "Степанакерт" });
    expect(marks.get(items[0]!.id)!.title).toContain(`${HIGHLIGHT_START}Stepanakert${HIGHLIGHT_STOP}`);
    const pmr = await listPublishedEntries({ filters: { q: "Приднестровье" }, order: "relevance", limit: 3 });
    const pmrMarks = await getSearchHighlights({ ids: pmr.items.map((e) => e.id), q: "Приднестровье" });
    expect(pmrMarks.get(pmr.items[0]!.id)!.title).toContain(`${HIGHLIGHT_START}Transnistria${HIGHLIGHT_STOP}`);
  });

  it("keeps Armenian inflected forms found by their prefix", async () => {
    // Մոսկվա ("Moscow") finds Մոսկվայում ("in Moscow") in the seed's Armenian translation.
    expect((await found("Մոսկվա")).length).toBeGreaterThan(0);
  });

  it("counts up to the cap and says so", async () => {
    const { count, capped } = await countPublishedEntriesUpTo({ filters: { q: "Stepanakert" } });
    expect(capped).toBe(false);
    expect(count).toBe((await found("Stepanakert")).length);
  });
});

function person(nameEn: string, extra: Partial<ActorInput> = {}): ActorInput {
  return {
    kind: "person", nameEn, nameHy: null, nameRu: null, aliases: [], countryCode: null, parentId: null, wikidataId: null,
    existedFrom: null, existedUntil: null, description: null, public: false, ...extra,
  };
}

function statementNaming(actorId: string, title: string) {
  return entryInputSchema.parse({
    kind: "statement", title: `${RUN} ${title}`, summary: "", body: "", date: "2021", dateQualifier: null, place: null, tags: [],
    originalLanguage: "en", translations: {}, details: { form: "statement", quotes: [] },
    actors: [{ actorId, role: "speaker", titleAtTime: null }],
    sources: [{ url: "https://example.org/a", title: "A source", publisher: null, author: null, publishedOn: null, accessedOn: null, archiveUrl: null, language: null, quote: null, quoteTranslation: null, locator: null, tier: "secondary" }],
  });
}

async function searchNames(entryId: string): Promise<string> {
  const [row] = await getDb().select({ names: schema.entries.searchNames }).from(schema.entries).where(eq(schema.entries.id, entryId));
  return row!.names;
}

describe("the names index, kept on write", () => {
  it("follows a rename, a new alias and a merge, in every script", async () => {
    const actor = await createActor({ input: person(`Zorvanek ${RUN}`), userId: editor });
    const entry = await createEntry({ input: statementNaming(actor.id, "a statement"), userId: editor, status: "published" });
    expect(await searchNames(entry.id)).toContain("Zorvanek");
    expect(await found(`Zorvanek ${RUN}`)).toEqual([entry.slug]);
    // Cyrillic and Armenian spellings of a Latin-only name: found through the keys of the name as written.
    expect(await found(`Зорванек ${RUN}`)).toEqual([entry.slug]);

    // Renamed, with names in the two other scripts: the old name no longer finds it, each new one does.
    const renamed = await updateActor({
      id: actor.id,
      input: person(`Tigranakert ${RUN}`, { nameRu: "Тигранакерт", nameHy: "Տիգրանակերտ" }),
      expectedVersion: 1,
      userId: editor,
    });
    expect(renamed.status).toBe("saved");
    expect(await searchNames(entry.id)).not.toContain("Zorvanek");
    expect(await found(`Zorvanek ${RUN}`)).toEqual([]);
    expect(await found(`Tigranakert ${RUN}`)).toEqual([entry.slug]);
    const byRussian = (await listPublishedEntries({ filters: { q: "Тигранакерт" }, limit: 100 })).items.map((e) => e.slug);
    expect(byRussian).toContain(entry.slug);
    const byArmenian = (await listPublishedEntries({ filters: { q: "Տիգրանակերտ" }, limit: 100 })).items.map((e) => e.slug);
    expect(byArmenian).toContain(entry.slug);

    // Merged into another actor: the entry's link moves, and it carries the other's names (a merge keeps the
    // merged actor's names as the other's aliases, so the old names still find it).
    const other = await createActor({ input: person(`Arshakavan ${RUN}`, { aliases: [`Arshakawan${RUN}`] }), userId: editor });
    await mergeActors({ fromId: actor.id, intoId: other.id, userId: editor });
    const names = await searchNames(entry.id);
    expect(names).toContain(`Arshakavan ${RUN}`);
    expect(names).toContain(`Arshakawan${RUN}`);
    expect(await found(`Arshakawan${RUN}`)).toEqual([entry.slug]);

    // The entry's actors change: the names go with the link.
    const third = await createActor({ input: person(`Vardanashen ${RUN}`), userId: editor });
    await getDb().update(schema.entryActors).set({ actorId: third.id }).where(eq(schema.entryActors.entryId, entry.id));
    expect(await searchNames(entry.id)).not.toContain("Arshakavan");
    expect(await found(`Vardanashen ${RUN}`)).toEqual([entry.slug]);
    expect(await found(`Arshakawan${RUN}`)).toEqual([]);
  });
});
