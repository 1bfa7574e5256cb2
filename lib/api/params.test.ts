import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/entries/cursor";
import { encodeActorCursor, parseActorListQuery, parseEntryListQuery, parseFeedQuery, parseItemQuery } from "./params";

const q = (s: string) => new URLSearchParams(s);

describe("query parameters", () => {
  it("read the filters, limit and cursor of an entry list", () => {
    const cursor = encodeCursor({ date: "2020-01-01", id: "0b6f6c1e-8f43-4c4e-9a53-0c0d0e0f1a2b" });
    expect(parseEntryListQuery(q(`kind=meeting&country=us&year=2014&limit=5&cursor=${cursor}`))).toEqual({
      ok: true,
      value: {
        filters: { kind: "meeting", country: "US", year: 2014 },
        limit: 5,
        cursor: { date: "2020-01-01", id: "0b6f6c1e-8f43-4c4e-9a53-0c0d0e0f1a2b" },
        lang: "en",
      },
    });
  });

  it("name every bad or unknown parameter in the API, but let feeds ignore unknown ones", () => {
    const parsed = parseEntryListQuery(q("kind=x&limit=1.5&cursor=zz&utm_source=rss"));
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.parameter)).toEqual(["kind", "limit", "cursor", "utm_source"]);
    expect(parseFeedQuery(q("utm_source=rss"))).toEqual({ ok: true, value: { filters: {}, limit: 50 } });
    expect(parseFeedQuery(q("limit=201"))).toMatchObject({ ok: false, errors: [{ parameter: "limit", message: "limit must be at most 200" }] });
  });

  it("read actor lists, with a slug cursor", () => {
    expect(parseActorListQuery(q(`kind=city&cursor=${encodeActorCursor("stepanakert")}`))).toEqual({
      ok: true,
      value: { filters: { kind: "city" }, limit: 100, after: "stepanakert", lang: "en" },
    });
    expect(parseActorListQuery(q("cursor=abc"))).toMatchObject({ ok: false, errors: [{ parameter: "cursor" }] });
  });

  it("read lang in every API query, and name it when it is not a language of the record", () => {
    expect(parseEntryListQuery(q("lang=hy"))).toMatchObject({ ok: true, value: { lang: "hy" } });
    expect(parseActorListQuery(q("lang=ru"))).toMatchObject({ ok: true, value: { lang: "ru" } });
    expect(parseItemQuery(q(""))).toEqual({ ok: true, value: { lang: "en" } });
    expect(parseItemQuery(q("lang=fr"))).toMatchObject({ ok: false, errors: [{ parameter: "lang", message: "lang must be one of: en, hy, ru" }] });
    expect(parseEntryListQuery(q("lang=HY"))).toMatchObject({ ok: false, errors: [{ parameter: "lang" }] });
  });
});
