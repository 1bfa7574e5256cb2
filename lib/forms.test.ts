import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { actorMergeSchema } from "@/lib/actors/input";
import { slugSchema, voteSchema } from "@/lib/domain";
import { entryDateSchema, entryInputSchema, httpUrl, sourceInputSchema } from "@/lib/entries/input";
import { userNameSchema } from "@/lib/users/input";
import { englishMessage } from "@/lib/i18n/english";
import { NUL_MESSAGE, fieldErrors } from "./forms";

function errorsOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  expect(parsed.success, JSON.stringify(value).slice(0, 60)).toBe(false);
  // The messages are catalogue keys; read here as the English form shows them.
  return Object.fromEntries(Object.entries(fieldErrors(parsed.error!)).map(([k, list]) => [k, list.map(englishMessage)]));
}

/** Every issue zod reports, not only what the form shows: the rules after a failed one must not run. */
function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => englishMessage(i.message));
}

describe("a field shows the one message that applies", () => {
  it("30 February is not a calendar date, and nothing is said about the future", () => {
    expect(messagesOf(entryDateSchema, "2023-02-30")).toEqual(["Not a calendar date"]);
    expect(messagesOf(sourceInputSchema.shape.publishedOn, "2023-02-30")).toEqual(["Not a calendar date"]);
    // The accessed date is a full ISO date, whose own check knows the calendar.
    expect(messagesOf(sourceInputSchema.shape.accessedOn, "2023-02-30")).toEqual(["Use YYYY-MM-DD"]);
  });

  it("a date in the wrong form gets only the form's message", () => {
    expect(messagesOf(entryDateSchema, "30/02/2023")).toEqual(["Use YYYY, YYYY-MM or YYYY-MM-DD"]);
    expect(messagesOf(entryDateSchema, "'; drop table entries; --")).toEqual(["Use YYYY, YYYY-MM or YYYY-MM-DD"]);
    expect(messagesOf(sourceInputSchema.shape.accessedOn, "yesterday")).toEqual(["Use YYYY-MM-DD"]);
  });

  it("a real date in the future gets the future's message alone", () => {
    expect(messagesOf(entryDateSchema, "2999-01-01")).toEqual(["The date cannot be in the future"]);
    expect(messagesOf(sourceInputSchema.shape.accessedOn, "2999-01-01")).toEqual(["The date cannot be in the future"]);
  });

  it("length is checked before form: URLs, slugs, names, counts", () => {
    expect(messagesOf(httpUrl, "x".repeat(2100))).toEqual(["At most 2,000 characters"]);
    expect(messagesOf(slugSchema, "")).toEqual(["Give a slug"]);
    expect(messagesOf(slugSchema, "A".repeat(200))).toEqual(["At most 120 characters"]);
    expect(messagesOf(userNameSchema, `a\u0000${"b".repeat(300)}`)).toEqual(["At most 200 characters"]);
    expect(messagesOf(voteSchema.shape.for, -1.5)).toEqual(["Enter a whole number"]);
  });

  it("a cross-field rule waits for its fields: an empty merge is asked for the actor, not told it merges into itself", () => {
    expect(errorsOf(actorMergeSchema, { fromId: "", intoId: "" })).toEqual({
      fromId: ["Choose the duplicate to merge"],
      intoId: ["Choose the actor to keep"],
    });
    const id = "0b6c7a3e-2f7e-4c55-9d1a-2a0c4c3f9e11";
    expect(errorsOf(actorMergeSchema, { fromId: id, intoId: id })).toEqual({ intoId: ["An actor cannot be merged into itself"] });
  });

  it("a title too long and holding a null byte gets the length message only; a short one the null byte's", () => {
    const base = {
      kind: "statement", title: "", summary: "", body: "", date: "2023-02-30", dateQualifier: null, place: null,
      tags: [], originalLanguage: "en", translations: {}, details: { form: "press_release", quotes: [] }, actors: [], sources: [],
    };
    const long = errorsOf(entryInputSchema, { ...base, title: `\u0000${"t".repeat(400)}` });
    expect(long.title).toEqual(["At most 300 characters"]);
    expect(long.date).toEqual(["Not a calendar date"]);
    expect(errorsOf(entryInputSchema, { ...base, title: "A\u0000title", date: "2023-02-28" })).toEqual({ title: [englishMessage(NUL_MESSAGE)] });
  });

  it("fieldErrors keeps the first message of a field, never two run together", () => {
    const issues = [
      { code: "custom", path: ["date"], message: "Not a calendar date" },
      { code: "custom", path: ["date"], message: "The date cannot be in the future" },
      { code: "custom", path: [], message: "Form-level" },
    ];
    expect(fieldErrors({ issues } as unknown as z.ZodError)).toEqual({ date: ["Not a calendar date"], _form: ["Form-level"] });
  });
});
