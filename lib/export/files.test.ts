import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { entriesCsv, recordJson, recordZip, sourcesCsv } from "./files";
import type { ExportRecord } from "./format";

const record: ExportRecord = {
  format: "artsakh-record",
  formatVersion: 1,
  actors: [],
  entries: [
    {
      slug: "a",
      kind: "recognition",
      title: 'Line one, "quoted"\nline two',
      summary: "Սամփոփում; сводка",
      body: "",
      date: "2014-05",
      dateQualifier: null,
      place: null,
      tags: ["x", "y"],
      originalLanguage: "en",
      translations: {},
      details: { action: "recognizes_independence", level: "subnational", body: null, instrument: "AJR 32", vote: { for: 70, against: 1, abstain: null, unanimous: false }, stages: [] },
      actors: [{ actor: "california", role: "acting_body", title: null }],
      sources: [
        { title: "T", publisher: null, author: null, url: "https://x.org", archiveUrl: null, publishedOn: null, accessedOn: null, language: "en", quote: "q", quoteTranslation: null,
        quoteTranslator: null, locator: null, tier: "primary", linkStatus: "live" },
      ],
      publishedAt: "2024-01-01T00:00:00.000Z",
      updatedAt: "2024-02-01T00:00:00.000Z",
      correctedAt: null,
      correctionNote: null,
      discrepancies: [],
    },
  ],
};

describe("export files", () => {
  it("write CSV that a CSV reader gets back exactly, with a UTF-8 BOM", () => {
    const text = entriesCsv(record);
    expect(text.startsWith("\uFEFFslug,url,kind,date,date_precision")).toBe(true);
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      title: 'Line one, "quoted"\nline two',
      summary: "Սամփոփում; сводка",
      date: "2014-05",
      date_precision: "month",
      tags: "x; y",
      actors: "california:acting_body",
      instrument: "AJR 32",
      vote_for: "70",
      vote_abstain: "",
      vote_unanimous: "false",
      source_count: "1",
    });
    expect(JSON.parse(row!.details_json!)).toEqual(record.entries[0]!.details);
    expect(parse(sourcesCsv(record), { bom: true, columns: true })).toEqual([expect.objectContaining({ entry_slug: "a", position: "1", link_status: "live" })]);
  });

  it("zip to the same bytes every time, dated by the newest entry", async () => {
    const [a, b] = [await recordZip(record), await recordZip(record)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(zip.file("entries.csv")!.date.getFullYear()).toBe(2024);
  });

  it("end the JSON with a newline", () => {
    expect(recordJson(record).endsWith("}\n")).toBe(true);
  });
});
