import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { parseListingParams } from "./listing-params";

const id = "0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b";

describe("parseListingParams", () => {
  it("ranks searches by relevance and everything else by date", () => {
    expect(parseListingParams({}, {}).order).toBe("newest");
    expect(parseListingParams({}, { q: "Lachin" }).order).toBe("relevance");
    expect(parseListingParams({ sort: "newest" }, { q: "Lachin" }).order).toBe("newest");
    expect(parseListingParams({ sort: "relevance" }, {}).order).toBe("newest");
  });

  it("reads a cursor in either direction", () => {
    const after = encodeCursor({ date: "2019-11-01", id });
    expect(parseListingParams({ after }, {})).toMatchObject({ cursor: { date: "2019-11-01", id }, direction: "after", errors: [] });
    expect(parseListingParams({ before: after }, {})).toMatchObject({ direction: "before", errors: [] });
  });

  it("names a bad sort or cursor and falls back to the first page", () => {
    const bad = parseListingParams({ sort: "oldest", after: "garbage" }, {});
    expect(bad.cursor).toBeNull();
    expect(bad.errors.map((e) => e.parameter)).toEqual(["sort", "after"]);
    const ranked = encodeCursor({ date: "2019-11-01", id, rank: 0.5 });
    expect(parseListingParams({ after: ranked }, {}).errors[0]?.parameter).toBe("after");
  });
});
