import { describe, expect, it } from "vitest";
import { diffSnapshots, snapshotText } from "./diff";

const base = {
  kind: "meeting",
  slug: "2021-meeting",
  status: "draft",
  title: "Ministers meet",
  summary: "They met.",
  body: "First paragraph.\n\nSecond paragraph.",
  date: "2021-03",
  dateQualifier: null,
  place: "Moscow",
  tags: ["peace-talks"],
  originalLanguage: "en",
  translations: {},
  details: { format: "bilateral", outcomes: ["Joint statement"] },
  actors: [{ actorId: "a1", role: "participant", titleAtTime: "Foreign Minister" }],
  sources: [{ title: "Press release", url: "https://example.org/a", tier: "primary", quote: null }],
};

describe("revision diffs", () => {
  it("writes a snapshot as labelled lines with actor names", () => {
    const text = snapshotText(base, { a1: "Armenia" });
    expect(text).toContain("Title: Ministers meet\n");
    expect(text).toContain("Actor: participant: Armenia, Foreign Minister\n");
    expect(text).toContain("Source 1: Press release\n    URL: https://example.org/a\n");
    expect(text).toContain("Outcome: Joint statement\n");
  });

  it("shows what changed, and collapses what did not", () => {
    const after = {
      ...base,
      title: "Foreign ministers meet",
      status: "published",
      sources: [...base.sources, { title: "News report", url: "https://news.example/b", tier: "secondary" }],
    };
    const lines = diffSnapshots(snapshotText(base), snapshotText(after), 0);
    expect(lines).toContainEqual({ type: "removed", text: "Title: Ministers meet" });
    expect(lines).toContainEqual({ type: "added", text: "Title: Foreign ministers meet" });
    expect(lines).toContainEqual({ type: "added", text: "Source 2: News report" });
    expect(lines).toContainEqual({ type: "added", text: "Status: published" });
    expect(lines.some((l) => l.type === "gap")).toBe(true);
    expect(lines.some((l) => l.type === "same")).toBe(false);
  });

  it("finds nothing to show between equal snapshots", () => {
    expect(diffSnapshots(snapshotText(base), snapshotText(base)).every((l) => l.type === "gap")).toBe(true);
  });
});
