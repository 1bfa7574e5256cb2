// What a write of an entry accepts: one schema for the editor's form, the seed, imports and the server.
import { z } from "zod";
import { v } from "@/lib/i18n/message-key";
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
    .max(max, v("tooLong", { max }))
    .nullable()
    .transform((v) => (v ? v : null));

export const httpUrl = z
  .string()
  .trim()
  .max(2000, { message: v("tooLong", { max: 2000 }), abort: true })
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.hostname);
    } catch {
      return false;
    }
  }, v("httpOnly"));

// Checked only once the date is a calendar date (the checks before it abort); an impossible date is not this
// rule's to report, so it passes here rather than adding a second, false message.
const notInFuture = (value: string) => {
  const parsed = parsePartialDate(value);
  return parsed === null || parsed.date <= new Date().toISOString().slice(0, 10);
};

/** Each rule in turn, and only while the ones before it pass: the one message that applies (see partialDate). */
export const entryDateSchema = partialDate
  .refine((v) => parsePartialDate(v) !== null, { message: v("notCalendarDate"), abort: true })
  .refine(notInFuture, v("futureDate"));

export const sourceInputSchema = z.object({
  url: httpUrl.nullable(),
  title: z.string().trim().min(1, v("sourceTitle")).max(500, v("tooLong", { max: 500 })),
  publisher: optionalText(300),
  author: optionalText(300),
  publishedOn: entryDateSchema.nullable(),
  accessedOn: z.iso
    .date({ message: v("isoDate"), abort: true })
    .refine(notInFuture, v("futureDate"))
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
  kind: z.enum(ENTRY_KINDS, v("entryKind")),
  slug: slugSchema.optional(),
  title: z.string().trim().min(1, v("entryTitle")).max(300, v("tooLong", { max: 300 })),
  summary: z.string().trim().max(2000, v("tooLong", { max: 2000 })),
  body: z.string().max(100_000, v("tooLong", { max: 100_000 })),
  date: entryDateSchema,
  dateQualifier: z.enum(DATE_QUALIFIERS).nullable(),
  place: optionalText(200),
  tags: z.array(slugSchema).max(30, v("tooManyTags", { max: 30 })),
  originalLanguage: z.enum(LANGUAGES, v("language")),
  translations: translationsSchema,
  details: z.unknown(),
  actors: z.array(entryActorInputSchema).max(50, v("tooManyActors", { max: 50 })),
  sources: z.array(sourceInputSchema).max(50, v("tooManySources", { max: 50 })),
  correctionNote: optionalText(1000).optional(),
  /** Absent in revisions and files written before discrepancies were recorded. */
  discrepancies: z.array(discrepancySchema).max(20, v("tooManyDiscrepancies", { max: 20 })).optional().transform((v) => v ?? []),
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
          message: count === 0 ? v("discrepancyNoSources") : v("discrepancyNoSuchSource", { source: Number(r.source), count }),
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

export const NO_SOURCE_MESSAGE = v("noSource");

/**
 * What an editor's form submits: the entry, plus what to do with it (save a draft or publish), the version the
 * editor started from, the form's idempotency key and a change note. Publishing without a source is refused here,
 * so the message appears next to the sources like any other.
 */
export const entrySubmissionSchema = z
  .object({
    ...entryInputFields,
    intent: z.enum(["save", "publish"], v("intent")),
    version: z.coerce.number().int().min(1).optional(),
    idempotencyKey: z.uuid(v("formDamaged")),
    changeNote: optionalText(500),
    /** The editor marks this edit of a published entry as a public correction (listed on /changes). */
    correction: z.boolean().optional(),
  })
  .superRefine(checkKindDetails, always)
  .superRefine(checkSourceReferences, always)
  .superRefine((value, ctx) => {
    if (value?.correction === true && !(typeof value.correctionNote === "string" && value.correctionNote.trim())) {
      ctx.addIssue({ code: "custom", path: ["correctionNote"], message: v("correctionNote") });
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
