// What a write of an entry accepts: one schema for the editor's form, the seed, imports and the server.
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates";
import { refuseNulCharacters } from "@/lib/forms";
import {
  ACTOR_ROLES,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  LANGUAGES,
  SOURCE_TIERS,
  detailsSchemaByKind,
  discrepancySchema,
  partialDate,
  slugSchema,
  translationsSchema,
} from "@/lib/domain";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

export const httpUrl = z
  .string()
  .trim()
  .max(2000, { message: "At most 2000 characters", abort: true })
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.hostname);
    } catch {
      return false;
    }
  }, "Only http:// and https:// links are accepted");

// Checked only once the date is a calendar date (the checks before it abort); an impossible date is not this
// rule's to report, so it passes here rather than adding a second, false message.
const notInFuture = (value: string) => {
  const parsed = parsePartialDate(value);
  return parsed === null || parsed.date <= new Date().toISOString().slice(0, 10);
};

/** Each rule in turn, and only while the ones before it pass: the one message that applies (see partialDate). */
export const entryDateSchema = partialDate
  .refine((v) => parsePartialDate(v) !== null, { message: "Not a calendar date", abort: true })
  .refine(notInFuture, "The date cannot be in the future");

export const sourceInputSchema = z.object({
  url: httpUrl.nullable(),
  title: z.string().trim().min(1, "Give the source a title").max(500, "At most 500 characters"),
  publisher: optionalText(300),
  author: optionalText(300),
  publishedOn: entryDateSchema.nullable(),
  accessedOn: z.iso
    .date({ message: "Use YYYY-MM-DD", abort: true })
    .refine(notInFuture, "The date cannot be in the future")
    .nullable(),
  archiveUrl: httpUrl.nullable(),
  language: z.enum(LANGUAGES).nullable(),
  quote: optionalText(10_000),
  quoteTranslation: optionalText(10_000),
  /** Who translated the quote; absent in older revisions and files. */
  quoteTranslator: optionalText(300).optional().transform((v) => v ?? null),
  locator: optionalText(500),
  tier: z.enum(SOURCE_TIERS),
});

export const entryActorInputSchema = z.object({
  actorId: z.uuid(),
  role: z.enum(ACTOR_ROLES),
  titleAtTime: optionalText(300),
});

const entryInputFields = {
  kind: z.enum(ENTRY_KINDS, "Choose a kind"),
  slug: slugSchema.optional(),
  title: z.string().trim().min(1, "Give the entry a title").max(300, "At most 300 characters"),
  summary: z.string().trim().max(2000, "At most 2000 characters"),
  body: z.string().max(100_000, "At most 100,000 characters"),
  date: entryDateSchema,
  dateQualifier: z.enum(DATE_QUALIFIERS).nullable(),
  place: optionalText(200),
  tags: z.array(slugSchema).max(30, "At most 30 tags"),
  originalLanguage: z.enum(LANGUAGES, "Choose a language"),
  translations: translationsSchema,
  details: z.unknown(),
  actors: z.array(entryActorInputSchema).max(50, "At most 50 actors"),
  sources: z.array(sourceInputSchema).max(50, "At most 50 sources"),
  correctionNote: optionalText(1000).optional(),
  /** Absent in revisions and files written before discrepancies were recorded. */
  discrepancies: z.array(discrepancySchema).max(20, "At most 20 discrepancies").optional().transform((v) => v ?? []),
};

// Runs even when other fields already failed, so the editor sees every message at once.
const always = { when: () => true };

/** Checks `details` against the schema of the entry's kind, reporting issues under "details.…". */
function checkKindDetails(value: { kind?: unknown; details?: unknown }, ctx: z.RefinementCtx) {
  const kind = ENTRY_KINDS.find((k) => k === value?.kind);
  if (!kind) return;
  const details = detailsSchemaByKind[kind].safeParse(value.details);
  if (details.success) return;
  for (const issue of details.error.issues) {
    ctx.addIssue({ code: "custom", path: ["details", ...issue.path], message: issue.message });
  }
}

/** A reading names a source of the entry by its number; an undated entry names the source that reports it. */
function checkSourceReferences(value: { sources?: unknown; discrepancies?: unknown }, ctx: z.RefinementCtx) {
  const count = Array.isArray(value?.sources) ? value.sources.length : 0;
  if (!Array.isArray(value?.discrepancies)) return;
  value.discrepancies.forEach((d: { readings?: { source?: unknown }[] }, i: number) => {
    (d?.readings ?? []).forEach((r, j) => {
      if (typeof r?.source === "number" && r.source > count) {
        ctx.addIssue({
          code: "custom",
          path: ["discrepancies", i, "readings", j, "source"],
          message: count === 0 ? "The entry has no sources yet" : `There is no source ${r.source}: the entry has ${count}`,
        });
      }
    });
  });
}

/** After checkKindDetails passed: `details` typed (and trimmed) by its kind's schema. */
function withKindDetails<T extends { kind: (typeof ENTRY_KINDS)[number]; details: unknown }>(value: T) {
  return { ...value, details: detailsSchemaByKind[value.kind].parse(value.details) };
}

export const entryInputSchema = z
  .object(entryInputFields)
  .superRefine(checkKindDetails, always)
  .superRefine(checkSourceReferences, always)
  .superRefine((value, ctx) => refuseNulCharacters(value, ctx), always)
  .transform(withKindDetails);

export const NO_SOURCE_MESSAGE =
  "An entry cannot be published without at least one source. Add a source, or save it as a draft.";

/**
 * What an editor's form submits: the entry, plus what to do with it (save a draft or publish), the version the
 * editor started from, the form's idempotency key and a change note. Publishing without a source is refused here,
 * so the message appears next to the sources like any other.
 */
export const entrySubmissionSchema = z
  .object({
    ...entryInputFields,
    intent: z.enum(["save", "publish"], "Choose Save or Publish"),
    version: z.coerce.number().int().min(1).optional(),
    idempotencyKey: z.uuid("The form is damaged; reload the page"),
    changeNote: optionalText(500),
    /** The editor marks this edit of a published entry as a public correction (listed on /changes). */
    correction: z.boolean().optional(),
  })
  .superRefine(checkKindDetails, always)
  .superRefine(checkSourceReferences, always)
  .superRefine((value, ctx) => {
    if (value?.correction === true && !(typeof value.correctionNote === "string" && value.correctionNote.trim())) {
      ctx.addIssue({ code: "custom", path: ["correctionNote"], message: "A correction needs a note for readers: say what was wrong" });
    }
  }, always)
  .superRefine((value, ctx) => refuseNulCharacters(value, ctx), always)
  .superRefine((value, ctx) => {
    if (value?.intent === "publish" && Array.isArray(value.sources) && value.sources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: NO_SOURCE_MESSAGE });
    }
  }, always)
  .transform(withKindDetails);

export type EntryInput = z.infer<typeof entryInputSchema>;
export type SourceInput = z.infer<typeof sourceInputSchema>;
export type EntrySubmission = z.infer<typeof entrySubmissionSchema>;
