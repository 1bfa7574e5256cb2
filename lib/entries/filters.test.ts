import { describe, expect, it } from "vitest";
import { filtersToSearchParams, parseEntryFilters } from "./filters";

describe("parseEntryFilters", () => {
  it("accepts every filter together", () => {
    const parsed = parseEntryFilters(
      new URLSearchParams("kind=meeting&actor=russia&country=us-ca&year=2014&tag=us-states&q=Lachin"),
    );
    expect(parsed).toEqual({
      ok: true,
      filters: { kind: "meeting", actor: "russia", country: "US-CA", year: 2014, tag: "us-states", q: "Lachin" },
    });
  });

  it("names each bad parameter and keeps the good ones", () => {
    const parsed = parseEntryFilters({ kind: "treaty", year: "abc", q: "x".repeat(10_000), tag: "ok" });
    expect(parsed.ok).toBe(false);
    expect(parsed.filters).toEqual({ tag: "ok" });
    if (!parsed.ok) expect(parsed.errors.map((e) => e.parameter)).toEqual(["kind", "year", "q"]);
  });

  it("ignores empty values and takes the first of repeated ones", () => {
    expect(parseEntryFilters({ kind: "", year: ["2019", "2020"] })).toEqual({ ok: true, filters: { year: 2019 } });
  });

  it("writes filters back in a stable order", () => {
    expect(filtersToSearchParams({ q: "a b", kind: "statement" }).toString()).toBe("kind=statement&q=a+b");
  });
});
