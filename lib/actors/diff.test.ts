import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/entries/diff";
import { actorSnapshotText } from "./diff";

const base = {
  kind: "state",
  nameEn: "Uruguay",
  nameHy: null,
  nameRu: null,
  aliases: ["República Oriental del Uruguay"],
  countryCode: "UY",
  parentId: null,
  wikidataId: "Q77",
  existedFrom: null,
  existedUntil: null,
  description: "A state in South America",
  public: false,
  slug: "uruguay",
  positions: [],
};

describe("actor revision text", () => {
  it("names the parent and merge target instead of showing their ids", () => {
    const text = actorSnapshotText({ ...base, parentId: "p-1", mergedIntoId: "m-1" }, { "p-1": "South America", "m-1": "Uruguay (state)" });
    expect(text).toContain("Parent: South America\n");
    expect(text).toContain("Merged into: Uruguay (state)\n");
    expect(text).not.toContain("p-1");
  });

  it("diffs only what changed: an alias added and the public mark set", () => {
    const before = actorSnapshotText(base);
    const after = actorSnapshotText({ ...base, aliases: [...base.aliases, "Uruguai"], public: true });
    const changed = diffSnapshots(before, after).filter((l) => l.type === "added" || l.type === "removed");
    expect(changed).toEqual([
      { type: "added", text: "Alias: Uruguai" },
      { type: "removed", text: "Public: only when a published entry names it" },
      { type: "added", text: "Public: yes, listed even when no published entry names it" },
    ]);
  });
});
