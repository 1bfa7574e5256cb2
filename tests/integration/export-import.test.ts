// Exports as a researcher reads them (CSV, zip, JSON), citations, and the import's refusals: nothing partial is written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, schema } from "@/db";
import { importFile } from "@/lib/import/run";
import { parseImportFile } from "@/lib/import/validate";
import { ImportRefusedError } from "@/lib/import/write";
import { runImportCli } from "./helpers/cli";
import { fetchAllExports, fetchExport } from "./helpers/exports";
import { removeTestData, writeAwkwardEntries } from "./helpers/record";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const bib = await import("@/app/[locale]/entries/[slug]/citation.bib/route");
const csl = await import("@/app/[locale]/entries/[slug]/citation.json/route");

const TAG = "export-test";
let files: Awaited<ReturnType<typeof fetchAllExports>>;
let record: { format: string; actors: { slug: string }[]; entries: ({ slug: string; sources: object[] } & Record<string, unknown>)[] };
let awkwardSlug: string;
let hiddenSlugs: string[];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "record-import-"));
function writeFile(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

async function countsNow(): Promise<Record<string, number>> {
  const result = await getDb().execute(sql`select (select count(*)::int from entries) as entries, (select count(*)::int from actors) as actors,
    (select count(*)::int from sources) as sources, (select count(*)::int from revisions) as revisions`);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: Record<string, number>[] }).rows;
  return rows[0] as Record<string, number>;
}

beforeAll(async () => {
  const written = await writeAwkwardEntries(TAG);
  const [row] = await getDb().select({ slug: schema.entries.slug }).from(schema.entries).where(sql`id = ${written.published.id}`);
  awkwardSlug = row!.slug;
  hiddenSlugs = written.hidden.map((h) => h.slug);
  files = await fetchAllExports();
  record = JSON.parse(files["record.json"].toString("utf8"));
});

afterAll(async () => {
  await removeTestData({ tag: TAG, actorSlugs: ["import-new-city"] });
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("exports", () => {
  it("answer with their types, as downloads, and 304 when unchanged", async () => {
    const types = {
      "record.json": "application/json; charset=utf-8",
      "entries.csv": "text/csv; charset=utf-8; header=present",
      "record.zip": "application/zip",
    } as const;
    for (const [name, type] of Object.entries(types) as [keyof typeof types, string][]) {
      const response = await fetchExport(name);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="artsakh-record/);
      const etag = response.headers.get("etag")!;
      const again = await fetchExport(name, { "If-None-Match": etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("hold every published entry and no other, with their sources, in the JSON", async () => {
    const [{ n }] = (await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.entries)
      .where(sql`status = 'published' and deleted_at is null`)) as [{ n: number }];
    expect(record.format).toBe("artsakh-record");
    expect(record.entries).toHaveLength(n);
    const slugs = record.entries.map((e) => e.slug);
    expect(slugs).toContain(awkwardSlug);
    for (const hidden of hiddenSlugs) expect(slugs).not.toContain(hidden);
    const actorSlugs = new Set(record.actors.map((a) => a.slug));
    for (const entry of record.entries) {
      for (const link of entry.actors as { actor: string }[]) expect(actorSlugs.has(link.actor)).toBe(true);
    }
  });

  it("read back as CSV tables with Armenian, Cyrillic, quotes and line breaks intact", () => {
    const read = (name: "entries.csv" | "actors.csv" | "sources.csv") => {
      expect(files[name].subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
      return parse(files[name], { bom: true, columns: true }) as Record<string, string>[];
    };
    const entries = read("entries.csv");
    expect(entries).toHaveLength(record.entries.length);
    const awkward = entries.find((e) => e.slug === awkwardSlug)!;
    expect(awkward.title).toBe(record.entries.find((e) => e.slug === awkwardSlug)!.title);
    expect(awkward.title).toContain('Tom & Jerry <script>alert("x")</script>');
    expect(awkward.title_ru).toBe("Заявление «МИД»");
    expect(awkward.body).toContain("\n\n> Quote: «Արցախ»");
    expect(awkward.url).toBe(`http://localhost:3000/entries/${awkwardSlug}`);
    expect(awkward.actors).toBe("russia:mentioned");
    const california = entries.find((e) => e.slug!.includes("california") && e.kind === "recognition")!;
    expect(california).toMatchObject({ vote_for: "70", vote_against: "1", recognition_action: "recognizes_independence" });

    const actors = read("actors.csv");
    expect(actors.map((a) => a.slug)).toEqual(record.actors.map((a) => a.slug));
    expect(actors.find((a) => a.slug === "artsakh")).toMatchObject({ name_hy: "Արցախ", name_ru: "Арцах" });

    const sources = read("sources.csv");
    const total = record.entries.reduce((n, e) => n + (e.sources as unknown[]).length, 0);
    expect(sources).toHaveLength(total);
    expect(sources.find((s) => s.entry_slug === awkwardSlug)).toMatchObject({ quote: "Արցախը մերն է", position: "1", tier: "primary" });
  });

  it("zip the three tables as they are served one by one", async () => {
    const zip = await JSZip.loadAsync(files["record.zip"]);
    expect(Object.keys(zip.files).sort()).toEqual(["actors.csv", "entries.csv", "sources.csv"]);
    for (const name of ["actors.csv", "entries.csv", "sources.csv"] as const) {
      expect(Buffer.from(await zip.file(name)!.async("uint8array")).equals(files[name])).toBe(true);
    }
  });
});

describe("citations", () => {
  const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

  it("give BibTeX and CSL-JSON for a published entry", async () => {
    const req = (ext: string) => new Request(`http://localhost:3000/entries/${awkwardSlug}/citation.${ext}`);
    const bibtex = await bib.GET(req("bib"), params(awkwardSlug));
    expect(bibtex.status).toBe(200);
    expect(bibtex.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    const text = await bibtex.text();
    expect(text).toMatch(new RegExp(`^@misc\\{afrr:${awkwardSlug},`));
    expect(text).toContain("title        = {{Tom \\& Jerry <script>alert(\"x\")</script> say 'hi' ]]> Արցախ Арцах 🇦🇲}}");
    expect(text).toContain(`url          = {http://localhost:3000/entries/${awkwardSlug}}`);
    // Braces balance, or BibTeX would read past the entry.
    expect(text.split("{").length).toBe(text.split("}").length);

    const json = await csl.GET(req("json"), params(awkwardSlug));
    expect(json.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    const [item] = await json.json();
    expect(item).toMatchObject({ id: `afrr:${awkwardSlug}`, type: "webpage", URL: `http://localhost:3000/entries/${awkwardSlug}` });
    expect(item.title).toContain("Tom & Jerry");
    expect(item.issued["date-parts"][0]).toHaveLength(3);
  });

  it("answer 404 for hidden and unknown entries", async () => {
    for (const slug of [...hiddenSlugs, "no-such-entry"]) {
      expect((await bib.GET(new Request("http://localhost:3000/x"), params(slug))).status).toBe(404);
      expect((await csl.GET(new Request("http://localhost:3000/x"), params(slug))).status).toBe(404);
    }
  });
});

describe("import", () => {
  function newEntry(slug: string, overrides: Record<string, unknown> = {}) {
    const base = structuredClone(record.entries.find((e) => e.slug === awkwardSlug)!);
    return { ...base, slug, ...overrides };
  }

  it("reports each bad record with its index, slug and line, and writes nothing", async () => {
    const file = {
      format: "artsakh-record",
      formatVersion: 1,
      actors: [{ slug: "new-actor", kind: "planet" }],
      entries: [
        newEntry("import-good-one"),
        newEntry("import-bad-url", { sources: [{ ...newEntry("x").sources[0], url: "javascript:alert(1)" }] }),
        newEntry("import-no-title", { title: "" }),
        newEntry("import-future", { date: "2999-01-01" }),
      ],
    };
    const text = JSON.stringify(file, null, 2);
    const parsed = parseImportFile(text);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length - 1;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: "actors[0]", line: lineOf('"slug": "new-actor"') }),
        { record: "entries[1] (import-bad-url)", line: lineOf('"slug": "import-bad-url"'), message: "sources[0].url: Only http:// and https:// links are accepted" },
        { record: "entries[2] (import-no-title)", line: lineOf('"slug": "import-no-title"'), message: "title: Give the entry a title" },
        expect.objectContaining({ record: "entries[3] (import-future)", message: "date: The date cannot be in the future" }),
      ]),
    );
    expect(problems.some((p) => p.record?.startsWith("entries[0]"))).toBe(false);

    const before = await countsNow();
    const refused = importFile(writeFile("bad.json", text));
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(refused).rejects.toThrow(/entries\[1\] \(import-bad-url\), line \d+: sources\[0\]\.url/);
    expect(await countsNow()).toEqual(before);
  });

  it("reports a syntax error with its line", async () => {
    const text = '{\n  "format": "artsakh-record",\n  "entries": [\n    { "slug": "x", }\n  ]\n}';
    const parsed = parseImportFile(text);
    expect(parsed.ok ? null : parsed.problems[0]).toMatchObject({ line: 4, message: expect.stringContaining("not valid JSON") });
    await expect(importFile(path.join(tmp, "missing.json"))).rejects.toThrow(/Cannot read .*missing\.json: ENOENT/);
  });

  it("refuses a file whose entries already exist or name unknown actors, writing none of its other records", async () => {
    const file = {
      format: "artsakh-record",
      formatVersion: 1,
      actors: [],
      entries: [
        newEntry("import-would-be-fine"),
        newEntry(awkwardSlug),
        newEntry("import-unknown-actor", { actors: [{ actor: "nobody-known", role: "speaker", title: null }] }),
      ],
    };
    const before = await countsNow();
    await expect(importFile(writeFile("conflict.json", file))).rejects.toThrow(
      new RegExp(`already in the database[\\s\\S]*no actor nobody-known`),
    );
    expect(await countsNow()).toEqual(before);
  });

  it("checks everything on a dry run and writes nothing; then imports for real, keeping known actors", async () => {
    const file = {
      format: "artsakh-record",
      formatVersion: 1,
      actors: [
        { ...record.actors.find((a) => a.slug === "russia")!, description: "changed — but kept as it is" },
        {
          slug: "import-new-city", kind: "city", name: { en: "Newtown", hy: "Նորաքաղաք", ru: "Новгород" }, aliases: [],
          countryCode: "AM", parent: "armenia", wikidataId: null, existedFrom: null, existedUntil: null, description: null, positions: [],
        },
      ],
      entries: [newEntry("import-new-entry", { actors: [{ actor: "import-new-city", role: "host", title: null }, { actor: "russia", role: "mentioned", title: null }] })],
    };
    const before = await countsNow();
    const dry = await importFile(writeFile("new.json", file), { dryRun: true });
    expect(dry).toEqual({ entries: 1, actorsAdded: 1, actorsKept: 1, dryRun: true });
    expect(await countsNow()).toEqual(before);

    const real = await importFile(writeFile("new.json", file));
    expect(real).toEqual({ entries: 1, actorsAdded: 1, actorsKept: 1, dryRun: false });
    const after = await countsNow();
    expect(after.entries).toBe(before.entries! + 1);
    expect(after.actors).toBe(before.actors! + 1);
    const reexported = JSON.parse((await fetchAllExports())["record.json"].toString("utf8"));
    const imported = reexported.entries.find((e: { slug: string }) => e.slug === "import-new-entry");
    const original = file.entries[0]!;
    expect(imported).toEqual({ ...original, slug: "import-new-entry" });
    expect(reexported.actors.find((a: { slug: string }) => a.slug === "russia").description).not.toContain("changed");
    expect(reexported.actors.find((a: { slug: string }) => a.slug === "import-new-city").parent).toBe("armenia");
  });

  it("refuses while another process holds the embedded database", () => {
    const dataDir = path.join(tmp, "locked");
    fs.mkdirSync(dataDir);
    // This test process is alive, so its pid in the lock file stands for a running server.
    fs.writeFileSync(path.join(dataDir, "app.lock"), String(process.pid));
    const file = writeFile("locked.json", files["record.json"].toString("utf8"));
    const run = runImportCli([file], { DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`is in use by another process (pid ${process.pid})`);
    expect(run.stderr).toContain("Stop the server first");
    expect(fs.existsSync(path.join(dataDir, "pgdata"))).toBe(false);
  });
});
