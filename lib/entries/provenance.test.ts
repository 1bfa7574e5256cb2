// Parsing and validation for provenance: as_of, the sourcing filter, undated dates, the public diff's fields,
// and discrepancies through the editor's form.
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { englishMessage } from "@/lib/i18n/english";
import { formatPartialDate } from "@/lib/dates";
import { parseAsOf } from "./as-of";
import { parseEntryFilters } from "./filters";
import { entryFormToInput, formErrorKeys, readEntryForm } from "./form-data";
import { emptyDiscrepancy, emptyEntryForm, emptySource, type EntryFormValues } from "./form-values";
import { entrySubmissionSchema } from "./input";
import { changedPublicFields, publicSnapshotText } from "./public-diff";

describe("as_of", () => {
  it("takes a calendar date up to today, and names what is wrong with anything else", () => {
    expect(parseAsOf({ as_of: "2013-01-01" })).toEqual({ ok: true, asOf: "2013-01-01" });
    expect(parseAsOf({ as_of: "" })).toEqual({ ok: true, asOf: null });
    expect(parseAsOf({})).toEqual({ ok: true, asOf: null });
    expect(parseAsOf({ as_of: "2013-02-30" })).toMatchObject({ ok: false, message: "as_of is not a date on the calendar" });
    expect(parseAsOf({ as_of: "2012-02-29" })).toEqual({ ok: true, asOf: "2012-02-29" });
    expect(parseAsOf({ as_of: "13-01-01" })).toMatchObject({ ok: false, message: expect.stringContaining("YYYY-MM-DD") });
    expect(parseAsOf({ as_of: "2013-1-1" })).toMatchObject({ ok: false });
    expect(parseAsOf({ as_of: "1899-12-31" })).toMatchObject({ ok: false, message: "as_of must be 1900-01-01 or later" });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(parseAsOf({ as_of: tomorrow })).toMatchObject({ ok: false, message: expect.stringContaining("cannot be in the future") });
    expect(parseAsOf({ as_of: ["2014-05-01", "2015-01-01"] })).toEqual({ ok: true, asOf: "2014-05-01" });
  });

  it("is one of the listing's filters, with sourcing", () => {
    expect(parseEntryFilters({ sourcing: "single", as_of: "2013-01-01" })).toEqual({ ok: true, filters: { sourcing: "single", as_of: "2013-01-01" } });
    const bad = parseEntryFilters({ sourcing: "many", as_of: "2013-13-01" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.parameter)).toEqual(["sourcing", "as_of"]);
  });
});

describe("undated entries", () => {
  it("say they are undated, which source reports them and the bound, never a date", () => {
    expect(formatPartialDate("2019-11-01", "month", "undated", "en", "Foreign relations of Artsakh")).toBe(
      "undated; reported in Foreign relations of Artsakh, written no earlier than November 2019",
    );
    // The bound after "не ранее" takes the genitive.
    expect(formatPartialDate("2019-11-01", "month", "undated", "ru", "Внешние связи")).toBe(
      "без даты; сообщает источник «Внешние связи», написанный не ранее ноября 2019\u202fг.",
    );
    expect(formatPartialDate("2019-11-01", "month", "undated")).toBe("undated; written no earlier than November 2019");
    expect(formatPartialDate("2019-11-01", "month", "by")).toBe("by November 2019");
  });
});

describe("the public diff of a correction", () => {
  const before = {
    title: "Vote",
    date: "2014-05",
    dateQualifier: null,
    summary: "Passed 70–1.",
    body: "",
    status: "published",
    correctionNote: "private",
    tags: [],
    actors: [{ actorId: "a1", role: "acting_body", titleAtTime: null }],
    sources: [{ title: "Paper", url: "https://example.org", tier: "secondary", quote: null, quoteTranslation: null }],
    discrepancies: [],
    details: { action: "recognizes_independence", level: "subnational", vote: { for: 70, against: 1, abstain: null, unanimous: false } },
  };
  it("holds the public fields only, with actors by name", () => {
    const text = publicSnapshotText(before, { a1: "California State Assembly" });
    expect(text).toContain("Title: Vote\nDate: May 2014\n");
    expect(text).toContain("Actor: California State Assembly");
    expect(text).toContain("Vote: 70 for, 1 against");
    expect(text).not.toContain("private");
    expect(text).not.toContain("published");
    expect(publicSnapshotText({ ...before, dateQualifier: "undated", date: "2019-11" })).toContain("Date: undated (no earlier than November 2019)");
  });

  it("names the fields that changed", () => {
    const after = {
      ...before,
      summary: "Passed 72–1.",
      details: { ...before.details, vote: { ...before.details.vote, for: 72 } },
      discrepancies: [{ subject: "The vote", readings: [{ reading: "70–1", source: 1 }, { reading: "72–1", source: 1 }] }],
    };
    expect(changedPublicFields(publicSnapshotText(before), publicSnapshotText(after))).toEqual(["Summary", "Vote", "Discrepancy"]);
    expect(changedPublicFields(publicSnapshotText(before), publicSnapshotText(before))).toEqual([]);
  });
});

describe("discrepancies in the editor's form", () => {
  const key = "3f1a3a0e-5b0c-4a43-9a1a-0d6c1f2b7e11";
  function form(): EntryFormValues {
    const v = emptyEntryForm({ kind: "statement", idempotencyKey: key });
    v.title = "Statement";
    v.date = "2021-03";
    v.sources = [
      { ...emptySource("2024-01-01"), title: "Paper A" },
      { ...emptySource("2024-01-01"), title: "Paper B" },
    ];
    return v;
  }
  function submit(v: EntryFormValues) {
    const fd = new FormData();
    fd.append("kind", v.kind);
    fd.append("title", v.title);
    fd.append("date", v.date);
    fd.append("originalLanguage", "en");
    fd.append("details.form", "statement");
    fd.append("idempotencyKey", key);
    v.sources.forEach((s, i) => Object.entries(s).forEach(([k, val]) => fd.append(`sources.${i}.${k}`, val)));
    v.discrepancies.forEach((d, i) => {
      fd.append(`discrepancies.${i}.subject`, d.subject);
      d.readings.forEach((r, j) => {
        fd.append(`discrepancies.${i}.readings.${j}.reading`, r.reading);
        fd.append(`discrepancies.${i}.readings.${j}.source`, r.source);
      });
    });
    fd.append("correctionNote", v.correctionNote);
    if (v.correction) fd.append("correction", "on");
    const read = readEntryForm(fd);
    const { candidate, rowMaps } = entryFormToInput(read);
    const parsed = entrySubmissionSchema.safeParse({ ...candidate, intent: "save" });
    // Messages travel as catalogue keys; the editor's form shows them in the editor's language, English here.
    const keys = parsed.success ? {} : formErrorKeys(fieldErrors(parsed.error), rowMaps);
    return { read, parsed, errors: Object.fromEntries(Object.entries(keys).map(([k, list]) => [k, list.map(englishMessage)])) };
  }

  it("keeps the filled readings with their source numbers, and skips blank rows", () => {
    const v = form();
    const d = emptyDiscrepancy();
    d.subject = "The vote";
    d.readings[0] = { reading: "70–1", source: "1" };
    d.readings[2] = { reading: "72–1", source: "2" };
    v.discrepancies = [emptyDiscrepancy(), d];
    const { parsed } = submit(v);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.discrepancies).toEqual([{ subject: "The vote", readings: [{ reading: "70–1", source: 1 }, { reading: "72–1", source: 2 }] }]);
  });

  it("puts each message on the field it belongs to, past skipped rows", () => {
    const v = form();
    const d = emptyDiscrepancy();
    d.subject = "The vote";
    d.readings[0] = { reading: "70–1", source: "1" };
    d.readings[2] = { reading: "72–1", source: "5" };
    v.discrepancies = [emptyDiscrepancy(), d];
    const { errors, read } = submit(v);
    expect(errors).toEqual({ "discrepancies.1.readings.2.source": ["There is no source 5: the entry has 2"] });
    expect(read.discrepancies[1]!.readings[2]).toEqual({ reading: "72–1", source: "5" });
    const lonely = form();
    const one = emptyDiscrepancy();
    one.subject = "The date";
    one.readings[0] = { reading: "May", source: "1" };
    lonely.discrepancies = [one];
    expect(submit(lonely).errors).toEqual({ "discrepancies.0.readings": ["A discrepancy needs at least two readings"] });
  });

  it("asks for a note when the edit is marked as a correction", () => {
    const v = form();
    v.correction = "on";
    expect(submit(v).errors).toEqual({ correctionNote: ["A correction needs a note for readers: say what was wrong"] });
    v.correctionNote = "The vote was misreported.";
    expect(submit(v).parsed.success).toBe(true);
  });
});
