// Feeds, API, exports and citations over HTTP against the production build: types, caching headers, 304, CORS.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIResponse } from "@playwright/test";

test.describe("feeds", () => {
  const formats = [
    { path: "/feed.xml", type: "application/rss+xml; charset=utf-8" },
    { path: "/feed.atom", type: "application/atom+xml; charset=utf-8" },
    { path: "/feed.json", type: "application/feed+json; charset=utf-8" },
  ];

  for (const format of formats) {
    test(`${format.path} serves entries with absolute permanent URLs, and 304 to its own ETag`, async ({ request, baseURL }) => {
      const response = await request.get(`${format.path}?kind=meeting`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(format.type);
      const text = await response.text();
      const ids =
        format.path === "/feed.json"
          ? (JSON.parse(text) as { version: string; items: { id: string }[] }).items.map((i) => i.id)
          : parseFeed(text).items.map((i) => i.id);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${baseURL}/entries/[a-z0-9-]+$`));

      const etag = response.headers()["etag"]!;
      const lastModified = response.headers()["last-modified"]!;
      expect(etag).toBeTruthy();
      expect(Date.parse(lastModified)).not.toBeNaN();
      const again = await request.get(`${format.path}?kind=meeting`, { headers: { "If-None-Match": etag } });
      expect(again.status()).toBe(304);
      const byDate = await request.get(`${format.path}?kind=meeting`, { headers: { "If-Modified-Since": lastModified } });
      expect(byDate.status()).toBe(304);
    });
  }

  test("a filter that matches nothing gives a valid, empty feed; a bad one a 400 naming it", async ({ request }) => {
    const empty = parseFeed(await (await request.get("/feed.atom?q=zzzznotaword")).text());
    expect(empty.title).toContain("Artsakh Foreign Relations Record");
    expect(empty.items).toEqual([]);
    const bad = await request.get("/feed.xml?year=abc");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_parameter", parameter: "year" });
  });
});

test.describe("API", () => {
  test("pages through every entry to the end by its next links", async ({ request }) => {
    let next: string | null = "/api/v1/entries?limit=25&kind=recognition";
    const slugs: string[] = [];
    let total = 0;
    while (next) {
      const response: APIResponse = await request.get(next);
      expect(response.status()).toBe(200);
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const page: { total: number; data: { slug: string }[]; pagination: { next: string | null } } = await response.json();
      total = page.total;
      slugs.push(...page.data.map((e) => e.slug));
      next = page.pagination.next;
    }
    expect(slugs.length).toBe(total);
    expect(new Set(slugs).size).toBe(total);
    const one = await (await request.get(`/api/v1/entries/${slugs[0]}`)).json();
    expect(one.data.sources.length).toBeGreaterThan(0);
  });

  test("answers a CORS preflight, describes itself, and refuses bad parameters", async ({ request }) => {
    const preflight = await request.fetch("/api/v1/entries", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const bad = await request.get("/api/v1/actors?limit=0");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "limit" });
    const actor = await (await request.get("/api/v1/actors/armenia")).json();
    expect(actor.data.name.hy).toBe("Հայաստան");
  });
});

test.describe("exports and citations", () => {
  test("the zip and the CSV tables download, and 304 when unchanged", async ({ request }) => {
    const zip = await request.get("/export/record.zip");
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");
    const csv = await request.get("/export/entries.csv");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="artsakh-record-entries.csv"');
    expect((await csv.text()).split("\n")[0]).toContain("slug,url,kind,date");
    const again = await request.get("/export/entries.csv", { headers: { "If-None-Match": csv.headers()["etag"]! } });
    expect(again.status()).toBe(304);
  });

  test("an entry's citation comes as BibTeX and CSL-JSON", async ({ request }) => {
    const { data } = await (await request.get("/api/v1/entries?limit=1")).json();
    const slug = data[0].slug;
    const bib = await request.get(`/entries/${slug}/citation.bib`);
    expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
    expect(await bib.text()).toContain(`@misc{afrr:${slug},`);
    const csl = await (await request.get(`/entries/${slug}/citation.json`)).json();
    expect(csl[0].type).toBe("webpage");
  });

  test("the import refuses while this server holds the embedded database", async ({ request }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-e2e-import-"));
    const file = path.join(dir, "record.json");
    fs.writeFileSync(file, await (await request.get("/export/record.json")).body());
    const dataDir = path.resolve(`.data-e2e-${process.env.E2E_PORT ?? "3100"}`);
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/import.ts", file], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is in use by another process");
    expect(run.stderr).toContain("Stop the server first");
    expect((await request.get("/healthz")).status()).toBe(200);
  });
});
