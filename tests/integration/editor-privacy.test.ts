// No public output names an editor: the record's editors may be at risk for their work, so feeds, the API,
// exports, citations, the entry page's data and its JSON-LD speak in the record's name only.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, schema } from "@/db";
import { entryJsonLd } from "@/lib/entries/json-ld";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { createEntry, updateEntry } from "@/lib/entries/write";
import { createUser } from "@/lib/users/write";
import { EXPORT_NAMES, fetchExport } from "./helpers/exports";
import { removeTestData, statementInput } from "./helpers/record";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const { GET: rss } = await import("@/app/feed.xml/route");
const { GET: atom } = await import("@/app/feed.atom/route");
const { GET: json } = await import("@/app/feed.json/route");
const apiEntries = await import("@/app/api/v1/entries/route");
const apiEntry = await import("@/app/api/v1/entries/[slug]/route");
const bib = await import("@/app/[locale]/entries/[slug]/citation.bib/route");
const csl = await import("@/app/[locale]/entries/[slug]/citation.json/route");

const SITE = "http://localhost:3000";
const TAG = "editor-privacy-test";
// Distinctive enough that no seed text contains any of its parts.
const EDITOR_NAME = "Zarouhi Quillfeather-Vartanova";
const EDITOR_EMAIL = "zarouhi.privacy@example.org";
const NAME_PARTS = ["Zarouhi", "Quillfeather", "Vartanova"];
let slug = "";
let editorId = "";

const request = (path: string) => new Request(`${SITE}${path}`);
const params = (value: string) => ({ params: Promise.resolve({ slug: value }) });

async function text(response: Response | Promise<Response>): Promise<string> {
  const r = await response;
  expect(r.status).toBe(200);
  return r.text();
}

function expectNoEditor(output: string, what: string) {
  for (const part of [...NAME_PARTS, EDITOR_EMAIL, editorId]) expect(output, `${what} names the editor`).not.toContain(part);
}

beforeAll(async () => {
  const user = await createUser({
    input: { email: EDITOR_EMAIL, name: EDITOR_NAME, role: "editor", password: "a long enough passphrase 42" },
    actorId: null,
  });
  editorId = user.id;
  const created = await createEntry({
    input: await statementInput({ title: "Ministry statement written by a named editor", tag: TAG }),
    userId: editorId,
    status: "published",
  });
  const [row] = await getDb().select({ slug: schema.entries.slug, version: schema.entries.version }).from(schema.entries).where(eq(schema.entries.id, created.id));
  slug = row!.slug;
  // Edited by the same editor, so "updated by" is theirs too.
  await updateEntry({
    id: created.id,
    expectedVersion: row!.version,
    input: await statementInput({ title: "Ministry statement written and corrected by a named editor", tag: TAG }),
    userId: editorId,
    changeNote: "typo",
  });
});

afterAll(async () => {
  await removeTestData({ tag: TAG });
});

describe("an entry an editor wrote and corrected", () => {
  it("is credited to the record, never the editor, in RSS, Atom and JSON Feed", async () => {
    for (const [format, GET] of Object.entries({ rss, atom, json })) {
      const feed = await text(GET(request(`/feed?tag=${TAG}`)));
      expect(feed, format).toContain("written and corrected by a named editor");
      expect(feed, format).toContain("Artsakh Foreign Relations Record");
      expectNoEditor(feed, format);
    }
  });

  it("does not name the editor in the API's list and entry answers", async () => {
    const list = await text(apiEntries.GET(request(`/api/v1/entries?tag=${TAG}`)));
    expect(list).toContain(slug);
    expectNoEditor(list, "API list");
    expectNoEditor(await text(apiEntry.GET(request(`/api/v1/entries/${slug}`), params(slug))), "API entry");
  });

  it("does not name the editor in any export file", async () => {
    for (const name of EXPORT_NAMES) {
      const file = await fetchExport(name);
      expect(file.status, name).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      // The zip is deflated: its members are the other exports, checked as themselves.
      if (name !== "record.zip") {
        if (name !== "actors.csv") expect(bytes.toString("utf8"), name).toContain(slug);
        expectNoEditor(bytes.toString("utf8"), name);
      }
    }
  });

  it("does not name the editor in its citations, the entry page's data or its JSON-LD", async () => {
    expectNoEditor(await text(bib.GET(request(`/entries/${slug}/citation.bib`), params(slug))), "BibTeX");
    expectNoEditor(await text(csl.GET(request(`/entries/${slug}/citation.json`), params(slug))), "CSL-JSON");
    const entry = await getPublishedEntryBySlug({ slug });
    expect(entry).not.toBeNull();
    expectNoEditor(JSON.stringify(entry), "entry page data");
    expectNoEditor(JSON.stringify(entryJsonLd(entry!, SITE)), "JSON-LD");
  });
});
