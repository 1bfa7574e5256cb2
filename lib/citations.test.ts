import { describe, expect, it } from "vitest";
import { escapeBibtex, toBibtex, toCslJson } from "./citations";

const entry = {
  slug: "2012-05-rhode-island-house-calls-for-recognition",
  kind: "recognition" as const,
  title: "50% of {members} & #1 vote_for ~Artsakh^ \\ Արցախ",
  date: "2012-05-01",
  datePrecision: "month" as const,
  dateQualifier: null,
  publishedAt: "2024-02-03T10:00:00.000Z",
  updatedAt: "2024-03-01T10:00:00.000Z",
  correctedAt: null,
};
const accessed = new Date("2025-06-07T12:00:00Z");

describe("BibTeX", () => {
  it("escapes LaTeX's special characters and keeps Unicode", () => {
    expect(escapeBibtex("50% {a} & #1 x_y ~ ^ \\ Արցախ")).toBe(
      "50\\% \\{a\\} \\& \\#1 x\\_y \\textasciitilde{} \\textasciicircum{} \\textbackslash{} Արցախ",
    );
  });

  it("cites the entry as a web page of the record, published when it was first published", () => {
    const bib = toBibtex(entry, accessed);
    expect(bib).toMatch(/^@misc\{afrr:2012-05-rhode-island-house-calls-for-recognition,\n/);
    expect(bib).toContain("  title        = {{50\\% of \\{members\\} \\& \\#1 vote\\_for \\textasciitilde{}Artsakh\\textasciicircum{} \\textbackslash{} Արցախ}},");
    expect(bib).toContain("  author       = {{Artsakh Foreign Relations Record}},");
    expect(bib).toContain("  year         = {2024},\n  month        = feb,");
    expect(bib).toContain("  urldate      = {2025-06-07},");
    expect(bib).toContain("  note         = {Record entry on a recognition of May 2012}\n}");
    expect(bib.match(/(?<!\\)\{/g)!.length).toBe(bib.match(/(?<!\\)\}/g)!.length);
  });
});

describe("CSL-JSON", () => {
  it("is an array with one webpage item", () => {
    expect(toCslJson(entry, accessed)).toEqual([
      expect.objectContaining({
        id: "afrr:2012-05-rhode-island-house-calls-for-recognition",
        type: "webpage",
        title: entry.title,
        "container-title": "Artsakh Foreign Relations Record",
        URL: "http://localhost:3000/entries/2012-05-rhode-island-house-calls-for-recognition",
        issued: { "date-parts": [[2024, 2, 3]] },
        accessed: { "date-parts": [[2025, 6, 7]] },
      }),
    ]);
  });

  it("names the site once as the web page's container, never again as its publisher", () => {
    const [item] = toCslJson(entry, accessed) as unknown as Record<string, unknown>[];
    expect(item!["container-title"]).toBe("Artsakh Foreign Relations Record");
    expect(item).not.toHaveProperty("publisher");
    expect(item).not.toHaveProperty("collection-title");
    expect(item!.author).toEqual([{ literal: "Artsakh Foreign Relations Record" }]);
  });

  it("is consistent with the BibTeX: the same title, author, address and dates, and no publisher in either", () => {
    const [item] = toCslJson(entry, accessed);
    const bib = toBibtex(entry, accessed);
    expect(bib).toContain(`author       = {{${item!.author[0]!.literal}}}`);
    expect(bib).toContain(`url          = {${item!.URL}}`);
    expect(bib).toContain("date         = {2024-02-03}");
    expect(bib).not.toMatch(/^\s*(publisher|organization|journal|booktitle)\s*=/m);
    expect(bib.split("Artsakh Foreign Relations Record").length - 1).toBe(1);
  });
});
