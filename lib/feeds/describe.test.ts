import { describe, expect, it } from "vitest";
import { describeFilters } from "./describe";

describe("describeFilters", () => {
  it("says nothing for the unfiltered feed", () => {
    expect(describeFilters({})).toBeNull();
  });

  it("names kind, actor, place, year, tag and search", () => {
    expect(describeFilters({ kind: "meeting", actor: "russia" }, "Russia")).toBe("Meetings with Russia");
    expect(describeFilters({ kind: "recognition", country: "US" })).toBe("Recognition events in US");
    expect(describeFilters({ year: 2014, tag: "lachin-corridor", q: "Lavrov & <Mirzoyan>" })).toBe(
      "Entries in 2014 tagged “lachin-corridor” matching “Lavrov & <Mirzoyan>”",
    );
  });
});
