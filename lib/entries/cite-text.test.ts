import { describe, expect, it } from "vitest";
import { formatEntryCitation } from "./cite-text";

describe("formatEntryCitation", () => {
  const base = {
    title: "Ararat Mirzoyan meets Sergey Lavrov in Moscow",
    kind: "meeting" as const,
    date: "2023-03-20",
    datePrecision: "day" as const,
    dateQualifier: null,
    updatedAt: "2025-05-02T10:11:12.000Z",
    url: "https://record.example/entries/2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow",
    accessed: new Date("2025-06-01T23:30:00Z"),
  };

  it("cites the entry with its date at its precision, last update and access date", () => {
    expect(formatEntryCitation(base)).toBe(
      "Artsakh Foreign Relations Record. “Ararat Mirzoyan meets Sergey Lavrov in Moscow.” Meeting, 20 March 2023. " +
        "Last updated 2 May 2025. https://record.example/entries/2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow " +
        "(accessed 1 June 2025).",
    );
  });

  it("keeps a month or a qualified year as the source gives it, and a title's own full stop", () => {
    const text = formatEntryCitation({ ...base, title: "Who recognised what?", kind: "statement", date: "2019-01-01", datePrecision: "year", dateQualifier: "circa" });
    expect(text).toContain("“Who recognised what?” Statement, c. 2019.");
  });
});
