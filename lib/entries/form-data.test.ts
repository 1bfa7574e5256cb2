import crypto from "node:crypto";
import { englishMessage } from "@/lib/i18n/english";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { entryFormToInput, formErrorKeys, readEntryForm, splitTags } from "./form-data";
import { emptyEntryForm, emptySource, entryToFormValues, type EntryFormValues } from "./form-values";
import { NO_SOURCE_MESSAGE, entryInputSchema, entrySubmissionSchema } from "./input";

/** The form as the browser would post it: every field under the name the editor's form gives it. */
function toFormData(values: EntryFormValues, intent = "save"): FormData {
  const fd = new FormData();
  const put = (name: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((v, i) => put(`${name}.${i}`, v));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) put(name ? `${name}.${k}` : k, v);
    else if (name.endsWith("unanimous") && value !== "on") return; // an unticked checkbox sends nothing
    else fd.append(name, String(value));
  };
  put("", values);
  fd.append("intent", intent);
  return fd;
}

function submit(values: EntryFormValues, intent = "save") {
  const read = readEntryForm(toFormData(values, intent));
  const { candidate, rowMaps } = entryFormToInput(read);
  const parsed = entrySubmissionSchema.safeParse({ ...candidate, intent });
  // The messages are catalogue keys; read here as the English form shows them.
  const errors = parsed.success ? {} : formErrorKeys(fieldErrors(parsed.error), rowMaps);
  return { read, parsed, errors: Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list.map(englishMessage)])) };
}

const key = "3f1a3a0e-5b0c-4a43-9a1a-0d6c1f2b7e11";
const actorId = "7d2f0d36-1f5b-4a57-8c39-2a1f57c1b0a4";
const today = new Date().toISOString().slice(0, 10);

function meeting(): EntryFormValues {
  const v = emptyEntryForm({ kind: "meeting", idempotencyKey: key });
  v.title = "Foreign ministers meet";
  v.date = "2021-03";
  v.details.format = "bilateral";
  v.details.outcomes = "Joint statement\n\n  Memorandum on visas  ";
  v.actors = [{ actorId, name: "Armenia", role: "participant", titleAtTime: "Foreign Minister" }];
  v.sources = [{ ...emptySource(today), url: "https://example.org/a", title: "Press release" }];
  return v;
}

describe("the entry form's data", () => {
  it("round-trips every seed entry: stored → form → FormData → the same input", () => {
    const file = path.join(process.cwd(), "db", "seed", "record", "entries.json");
    const seed = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>[];
    const ids = new Map<string, string>();
    const idOf = (slug: string) => ids.get(slug) ?? (ids.set(slug, crypto.randomUUID()), ids.get(slug)!);
    expect(seed.length).toBeGreaterThan(30);
    for (const entry of seed) {
      const input = entryInputSchema.parse({
        ...entry,
        actors: (entry.actors as { actor: string; role: string; title: string | null }[]).map((a) => ({
          actorId: idOf(a.actor),
          role: a.role,
          titleAtTime: a.title,
        })),
        sources: (entry.sources as Record<string, unknown>[]).map(({ document: _d, ...s }) => s),
      });
      const values = entryToFormValues(input, { version: 3, idempotencyKey: key, actorNames: new Map() });
      const { parsed } = submit(values);
      expect(parsed.success, `${String(entry.slug)}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      if (!parsed.success) continue;
      const { intent, version, idempotencyKey, changeNote, ...back } = parsed.data;
      expect(version).toBe(3);
      expect(back).toEqual({ ...input, slug: undefined, correctionNote: null });
    }
  });

  it("turns a typed meeting into the structured input", () => {
    const { parsed } = submit(meeting(), "publish");
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      kind: "meeting",
      intent: "publish",
      date: "2021-03",
      details: { format: "bilateral", outcomes: ["Joint statement", "Memorandum on visas"] },
      actors: [{ actorId, role: "participant", titleAtTime: "Foreign Minister" }],
      sources: [{ url: "https://example.org/a", title: "Press release", accessedOn: today, tier: "secondary", quote: null }],
    });
  });

  it("refuses to publish without a source, but saves the draft", () => {
    const v = meeting();
    v.sources = [emptySource(today)];
    const published = submit(v, "publish");
    expect(published.errors.sources).toEqual([englishMessage(NO_SOURCE_MESSAGE)]);
    expect(submit(v, "save").parsed.success).toBe(true);
  });

  it("keeps every typed value, and puts each error on the field it belongs to past skipped blank rows", () => {
    const v = meeting();
    v.title = "  ";
    v.sources = [emptySource(today), { ...emptySource(today), url: "javascript:alert(1)", title: "Bad link" }];
    v.actors.push({ actorId: "", name: "Somebody typed", role: "participant", titleAtTime: "" });
    const { read, errors } = submit(v);
    expect(read.sources[1]?.url).toBe("javascript:alert(1)");
    expect(read.actors[1]?.name).toBe("Somebody typed");
    expect(errors.title).toEqual(["Give the entry a title"]);
    expect(errors["sources.1.url"]).toEqual(["Only http:// and https:// links are accepted"]);
    expect(errors["sources.0.url"]).toBeUndefined();
    expect(Object.keys(errors)).toContain("actors.1.actorId");
  });

  it("names bad numbers, future dates and bad tags", () => {
    const v = emptyEntryForm({ kind: "recognition", idempotencyKey: key });
    v.title = "Resolution";
    v.date = `${new Date().getFullYear() + 1}`;
    v.details.action = "calls_for_recognition";
    v.details.level = "subnational";
    v.details.vote = { for: "seventy", against: "1", abstain: "", unanimous: "" };
    v.details.stages = [
      { stage: "committee", body: "", date: "", note: "", vote: { for: "", against: "", abstain: "", unanimous: "" } },
      { stage: "floor", body: "Assembly", date: "2012-05", note: "", vote: { for: "70", against: "-1", abstain: "", unanimous: "" } },
    ];
    v.sources = [{ ...emptySource(today), title: "x", accessedOn: "2999-01-01" }];
    const { errors } = submit(v);
    expect(errors["details.vote.for"]).toEqual(["Enter a whole number"]);
    expect(errors.date).toEqual(["The date cannot be in the future"]);
    expect(errors["details.stages.1.vote.against"]).toEqual(["Enter a whole number"]);
    expect(errors["sources.0.accessedOn"]).toEqual(["The date cannot be in the future"]);
  });

  it("reads a ticked unanimous box and leaves an empty vote out", () => {
    const v = emptyEntryForm({ kind: "recognition", idempotencyKey: key });
    Object.assign(v, { title: "Hawaii", date: "2019-05-02" });
    Object.assign(v.details, { action: "recognizes_independence", level: "subnational" });
    v.details.vote.unanimous = "on";
    const { parsed } = submit(v);
    expect(parsed.data?.details).toMatchObject({ vote: { for: null, against: null, abstain: null, unanimous: true }, stages: [] });
    v.details.vote.unanimous = "";
    expect(submit(v).parsed.data?.details).toMatchObject({ vote: null });
  });

  it("splits tags typed as words or slugs", () => {
    expect(splitTags("Lachin corridor, peace-talks,\npeace-talks, , Ադրբեջան")).toEqual([
      "lachin-corridor",
      "peace-talks",
      "adrbejan",
    ]);
  });
});
