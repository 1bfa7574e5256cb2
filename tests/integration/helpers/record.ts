// Entries the public-data tests write: awkward text, and entries the public must never see.
import { eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { entryInputSchema } from "@/lib/entries/input";
import { createEntry } from "@/lib/entries/write";

export const AWKWARD_TITLE = `Tom & Jerry <script>alert("x")</script> say 'hi' ]]> Արցախ Арцах 🇦🇲`;
export const AWKWARD_SUMMARY = `Quotes "double" & 'single', a <b>tag</b>, ]]> twice ]]>, Ստեփանակերտ / Степанакерт 🙂`;

async function actorId(slug: string): Promise<string> {
  const [row] = await getDb().select({ id: schema.actors.id }).from(schema.actors).where(eq(schema.actors.slug, slug));
  return row!.id;
}

export async function statementInput(overrides: { title: string; tag: string; summary?: string; date?: string }) {
  return entryInputSchema.parse({
    kind: "statement",
    title: overrides.title,
    summary: overrides.summary ?? "",
    body: "Body with **bold**, a [link](https://example.org/?a=1&b=2), raw <i>html</i> and ]]> in text.\n\n> Quote: «Արցախ»",
    date: overrides.date ?? "2023-09-19",
    dateQualifier: null,
    place: "Stepanakert",
    tags: [overrides.tag],
    originalLanguage: "hy",
    translations: { ru: { title: "Заявление «МИД»", summary: "Кратко" } },
    details: { form: "press_release", quotes: [{ text: "«Мы здесь» & <там>", speaker: null }] },
    actors: [{ actorId: await actorId("russia"), role: "mentioned", titleAtTime: "Russia & co" }],
    sources: [
      {
        url: "https://example.org/source?x=1&y=<2>",
        title: "Source & title <em>",
        publisher: "Publisher “Ё”",
        author: null,
        publishedOn: "2023-09",
        accessedOn: "2024-01-02",
        archiveUrl: "https://web.archive.org/web/2024/https://example.org/",
        language: "hy",
        quote: "Արցախը մերն է",
        quoteTranslation: "Artsakh is ours",
        locator: "p. 2",
        tier: "primary",
      },
    ],
  });
}

/** One published entry with awkward text, and a draft, a deleted and an unpublished entry with the same tag. */
export async function writeAwkwardEntries(tag: string) {
  const published = await createEntry({
    input: await statementInput({ title: AWKWARD_TITLE, summary: AWKWARD_SUMMARY, tag }),
    userId: null,
    status: "published",
  });
  const draft = await createEntry({ input: await statementInput({ title: "Draft only", tag }), userId: null, status: "draft" });
  const deleted = await createEntry({ input: await statementInput({ title: "Deleted later", tag }), userId: null, status: "published" });
  const unpublished = await createEntry({ input: await statementInput({ title: "Unpublished later", tag }), userId: null, status: "published" });
  await getDb().update(schema.entries).set({ deletedAt: sql`now()` }).where(eq(schema.entries.id, deleted.id));
  await getDb().update(schema.entries).set({ status: "draft" }).where(eq(schema.entries.id, unpublished.id));
  return { published, hidden: [draft, deleted, unpublished] };
}

/** Removes what a test file wrote, so the next file (on a shared PostgreSQL database) starts from the seed record. */
export async function removeTestData({ tag, actorSlugs = [] }: { tag: string; actorSlugs?: string[] }) {
  await getDb().delete(schema.entries).where(sql`${schema.entries.tags} @> array[${tag}]::text[]`);
  for (const slug of actorSlugs) await getDb().delete(schema.actors).where(eq(schema.actors.slug, slug));
}
