import { describe, expect, it } from "vitest";
import { decisiveEvent } from "./categories";
import { formatVote } from "./format";
import { shadeMaps, type ActorActionEvent, type MapActor } from "./shading";

const actor = (id: string, countryCode: string | null, parentId: string | null = null): MapActor => ({
  id,
  slug: id,
  name: id,
  countryCode,
  parentId,
});

const actors = [
  actor("united-states", "US"),
  actor("california", "US-CA", "united-states"),
  actor("montebello", "US", "california"),
  actor("hawaii", "US-HI", "united-states"),
  actor("maine", "US-ME", "united-states"),
  actor("australia", "AU"),
  actor("new-south-wales", "AU-NSW", "australia"),
  actor("abkhazia", null),
];

const ev = (actorId: string, action: ActorActionEvent["action"], level: ActorActionEvent["level"], date: string): ActorActionEvent => ({
  actorId,
  action,
  level,
  date,
  datePrecision: "month",
  entrySlug: `${actorId}-${action}`,
});

describe("decisiveEvent", () => {
  it("takes the latest position and lets a later twinning not hide it", () => {
    const best = decisiveEvent([
      ev("x", "calls_for_recognition", "subnational", "2012-05-01"),
      ev("x", "recognizes_independence", "subnational", "2014-05-01"),
      ev("x", "friendship_or_twinning", "subnational", "2019-01-01"),
    ]);
    expect(best?.action).toBe("recognizes_independence");
  });

  it("falls back to ties when no position was taken, and breaks a tie of dates by precedence", () => {
    expect(decisiveEvent([ev("x", "friendship_or_twinning", "municipal", "2019-01-01")])?.action).toBe("friendship_or_twinning");
    const tie = decisiveEvent([
      ev("x", "calls_for_recognition", "national", "2019-11-01"),
      ev("x", "affirms_azerbaijan_territorial_integrity", "national", "2019-11-01"),
    ]);
    expect(tie?.action).toBe("affirms_azerbaijan_territorial_integrity");
    expect(decisiveEvent([])).toBeNull();
  });
});

describe("shadeMaps", () => {
  const shading = shadeMaps({
    actors,
    events: [
      ev("california", "recognizes_independence", "subnational", "2014-05-01"),
      ev("montebello", "friendship_or_twinning", "municipal", "2014-05-01"),
      ev("hawaii", "recognizes_independence", "subnational", "2016-03-30"),
      ev("maine", "recognizes_independence", "subnational", "2013-04-01"),
      ev("united-states", "affirms_azerbaijan_territorial_integrity", "national", "2019-11-01"),
      ev("united-states", "representative_office", "national", "2019-11-01"),
      ev("new-south-wales", "calls_for_recognition", "subnational", "2012-10-01"),
      ev("abkhazia", "mutual_recognition", "national", "2019-11-01"),
    ],
  });

  it("colours US states by their own actions, and marks states where a city acted", () => {
    expect(shading.usStates.get("US-CA")?.category).toBe("recognised");
    expect(shading.usStates.get("US-HI")?.category).toBe("recognised");
    expect(shading.usStates.get("US-HI")?.event.date).toBe("2016-03-30");
    expect(shading.usStates.has("US-TX")).toBe(false);
    expect([...shading.usStatesWithLocalAction]).toEqual(["US-CA"]);
  });

  it("colours countries by national actions only, and marks countries with local action", () => {
    expect(shading.countries.get("US")?.category).toBe("rejected");
    expect(shading.countries.has("AU")).toBe(false);
    expect([...shading.countriesWithLocalAction].sort()).toEqual(["AU", "US"]);
  });

  it("lists national actors without a code instead of guessing a shape", () => {
    expect(shading.uncoded).toEqual([
      { actor: { slug: "abkhazia", name: "abkhazia", nameHy: null, nameRu: null }, shade: expect.objectContaining({ category: "recognised" }) },
    ]);
  });
});

describe("formatVote", () => {
  it("writes votes the way a reader expects", () => {
    expect(formatVote({ for: 70, against: 1, abstain: null, unanimous: false })).toBe("70–1");
    expect(formatVote({ for: 12, against: 3, abstain: 2, unanimous: false })).toBe("12–3, 2 abstaining");
    expect(formatVote({ for: null, against: null, abstain: null, unanimous: true })).toBe("unanimous");
    expect(formatVote({ for: 40, against: null, abstain: null, unanimous: true })).toBe("40–0 (unanimous)");
    expect(formatVote(null)).toBeNull();
  });
});
