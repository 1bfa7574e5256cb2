// The record's vocabulary as zod schemas: dates, slugs and the shapes of kind-specific details.
import { z } from "zod";
import { v } from "./i18n/message-key";
import { MEETING_FORMATS, RECOGNITION_ACTIONS, RECOGNITION_LEVELS, SLUG_PATTERN, STAGE_KINDS, STATEMENT_FORMS } from "./constants";

// The lists themselves live in ./constants.ts (no imports, so db/schema/ reads them too); re-exported here for
// the modules that know them as the record's vocabulary.
export {
  ENTRY_KINDS,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  ENTRY_STATUSES,
  LANGUAGES,
  ACTOR_KINDS,
  ACTOR_ROLES,
  STATEMENT_FORMS,
  MEETING_FORMATS,
  RECOGNITION_ACTIONS,
  RECOGNITION_LEVELS,
  STAGE_KINDS,
  SOURCE_TIERS,
} from "./constants";
export type {
  EntryKind,
  DatePrecision,
  DateQualifier,
  EntryStatus,
  Language,
  ActorKind,
  ActorRole,
  RecognitionAction,
  RecognitionLevel,
  SourceTier,
} from "./constants";

/**
 * "2014", "2014-05" or "2014-05-10": the form of the string is the precision. Checks that others refine
 * `abort` on failure: a field shows the one message that applies, and later rules ("not a calendar date",
 * "not in the future") are only checked once the earlier ones passed — they would be false otherwise.
 */
export const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: v("dateFormat"), abort: true });

const count = z
  .number(v("wholeNumber"))
  .int({ message: v("wholeNumber"), abort: true })
  .min(0, { message: v("notNegative"), abort: true })
  .max(100_000, v("atMostNumber", { max: 100_000 }))
  .nullable();
export const voteSchema = z.object({
  for: count,
  against: count,
  abstain: count,
  unanimous: z.boolean(),
});
export type Vote = z.infer<typeof voteSchema>;

const shortText = z.string().trim().max(500);

export const statementDetailsSchema = z.object({
  form: z.enum(STATEMENT_FORMS, v("statementForm")),
  quotes: z
    .array(z.object({ text: z.string().trim().min(1, v("quoteRequired")).max(5000, v("tooLong", { max: 5000 })), speaker: z.string().nullable() }))
    .max(20),
});

export const meetingDetailsSchema = z.object({
  format: z.enum(MEETING_FORMATS, v("meetingFormat")),
  outcomes: z.array(z.string().trim().min(1).max(1000, v("outcomeTooLong", { max: 1000 }))).max(20, v("tooManyOutcomes", { max: 20 })),
});

export const recognitionDetailsSchema = z.object({
  action: z.enum(RECOGNITION_ACTIONS, v("recognitionAction")),
  level: z.enum(RECOGNITION_LEVELS, v("recognitionLevel")),
  body: shortText.nullable(),
  instrument: shortText.nullable(),
  vote: voteSchema.nullable(),
  stages: z
    .array(
      z.object({
        stage: z.enum(STAGE_KINDS, v("stage")),
        body: shortText.nullable(),
        date: partialDate.nullable(),
        vote: voteSchema.nullable(),
        note: z.string().trim().max(1000).nullable(),
      }),
    )
    .max(10),
});

export type StatementDetails = z.infer<typeof statementDetailsSchema>;
export type MeetingDetails = z.infer<typeof meetingDetailsSchema>;
export type RecognitionDetails = z.infer<typeof recognitionDetailsSchema>;
export type EntryDetails = StatementDetails | MeetingDetails | RecognitionDetails;

export const detailsSchemaByKind = {
  statement: statementDetailsSchema,
  meeting: meetingDetailsSchema,
  recognition: recognitionDetailsSchema,
} as const;

const translation = z.object({ title: z.string().trim().max(300), summary: z.string().trim().max(2000) });
export const translationsSchema = z.object({ hy: translation.optional(), ru: translation.optional() });
export type EntryTranslations = z.infer<typeof translationsSchema>;

/**
 * Where the sources disagree on a figure: what is disputed, and each reading with the source that gives it
 * (`source` is the source's number on the entry, 1 for the first).
 */
export const discrepancySchema = z.object({
  subject: z.string().trim().min(1, v("discrepancySubject")).max(300, v("tooLong", { max: 300 })),
  readings: z
    .array(
      z.object({
        reading: z.string().trim().min(1, v("discrepancyReading")).max(300, v("tooLong", { max: 300 })),
        source: z.number(v("discrepancySource")).int(v("discrepancySource")).min(1, v("discrepancySource")),
      }),
    )
    .min(2, v("discrepancyReadings"))
    .max(5, v("tooManyReadings", { max: 5 })),
});
export type EntryDiscrepancy = z.infer<typeof discrepancySchema>;

export const actorPositionSchema = z.object({
  title: z.string().trim().min(1).max(300),
  organisation: z.string().nullable(),
  from: partialDate.nullable(),
  until: partialDate.nullable(),
});
export type ActorPosition = z.infer<typeof actorPositionSchema>;

export const slugSchema = z
  .string()
  .trim()
  .min(1, { message: v("slugRequired"), abort: true })
  .max(120, { message: v("tooLong", { max: 120 }), abort: true })
  .regex(new RegExp(SLUG_PATTERN), v("slugFormat"));
