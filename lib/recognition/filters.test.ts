import { describe, expect, it } from "vitest";
import { parseRecognitionQuery, recognitionSearchParams } from "./filters";

describe("parseRecognitionQuery", () => {
  it("reads filters, sort and page, with defaults", () => {
    expect(parseRecognitionQuery({})).toEqual({ query: { sort: "date", order: "desc", page: 1 }, errors: [] });
    expect(parseRecognitionQuery({ action: "calls_for_recognition", level: "subnational", sort: "jurisdiction", page: "2" })).toEqual({
      query: { action: "calls_for_recognition", level: "subnational", sort: "jurisdiction", order: "asc", page: 2 },
      errors: [],
    });
  });

  it("names each bad parameter and keeps the rest", () => {
    const { query, errors } = parseRecognitionQuery({ action: "annexes", level: "national", order: "sideways", page: "x" });
    expect(query.level).toBe("national");
    expect(query.action).toBeUndefined();
    expect(errors.map((e) => e.parameter)).toEqual(["action", "order", "page"]);
    expect(errors[0]?.message).toContain("action must be one of");
  });
});

describe("recognitionSearchParams", () => {
  it("leaves defaults out", () => {
    expect(recognitionSearchParams({ sort: "date", order: "desc", page: 1 }).toString()).toBe("");
    expect(recognitionSearchParams({ level: "party", sort: "action", order: "desc", page: 3 }).toString()).toBe(
      "level=party&sort=action&order=desc&page=3",
    );
  });
});
