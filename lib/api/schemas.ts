// The shapes the JSON API answers with: one zod schema each, giving the types, the OpenAPI document and the tests' checks.
import { z } from "zod";
import { LINK_STATUSES } from "@/lib/constants";
import { LOCALES } from "@/lib/i18n/locales";
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  LANGUAGES,
  SOURCE_TIERS,
  actorPositionSchema,
  meetingDetailsSchema,
  recognitionDetailsSchema,
  statementDetailsSchema,
} from "@/lib/domain";

const timestamp = z.iso.datetime().describe("ISO 8601 timestamp in UTC");
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe("A date as precise as the sources make it: YYYY, YYYY-MM or YYYY-MM-DD");

export const apiSourceSchema = z
  .object({
    url: z.url().nullable(),
    title: z.string(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedOn: partialDate.nullable(),
    accessedOn: z.iso.date().nullable(),
    archiveUrl: z.url().nullable(),
    language: z.enum(LANGUAGES).nullable(),
    quote: z.string().nullable().describe("Exact words in the source's language"),
    quoteTranslation: z.string().nullable(),
    quoteTranslator: z.string().nullable().describe("Who translated the quote, when recorded"),
    locator: z.string().nullable().describe("Where in the source: page, paragraph, timestamp"),
    tier: z.enum(SOURCE_TIERS).describe("primary: the actor's own publication; secondary: press; advocacy"),
    linkStatus: z.enum(LINK_STATUSES).describe("Whether the URL still answered when last checked"),
  })
  .meta({ id: "Source" });

const language = z.enum(LOCALES);

export const apiEntryActorSchema = z
  .object({
    slug: z.string(),
    name: z.string().describe("In the language asked (`lang`) where the record has it, else English: see `nameLanguage`"),
    nameLanguage: language.describe("The language `name` is written in"),
    kind: z.enum(ACTOR_KINDS),
    role: z.enum(ACTOR_ROLES),
    titleAtTime: z.string().nullable().describe("The actor's role or title at the time of the entry"),
    url: z.url(),
  })
  .meta({ id: "EntryActor" });

const translation = z.object({ title: z.string(), summary: z.string() });

export const apiEntrySchema = z
  .object({
    slug: z.string(),
    url: z.url().describe("The entry's permanent page"),
    kind: z.enum(ENTRY_KINDS),
    language: language.describe("The language asked for (`lang`); English when not given"),
    title: z.string().describe("In the language asked where an editor translated it, else English: see `titleLanguage`"),
    titleLanguage: language.describe("The language `title` is written in; en when there is no translation"),
    summary: z.string().describe("In the language asked where translated (only alongside a translated title), else English"),
    summaryLanguage: language.describe("The language `summary` is written in"),
    body: z.string().describe("Markdown"),
    date: partialDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    dateQualifier: z
      .enum(DATE_QUALIFIERS)
      .nullable()
      .describe("undated: the sources give no date; `date` is then only the bound the reporting source's own date gives (no earlier than)"),
    place: z.string().nullable(),
    tags: z.array(z.string()),
    originalLanguage: z.enum(LANGUAGES),
    translations: z.object({ hy: translation.optional(), ru: translation.optional() }),
    details: z
      .union([statementDetailsSchema, meetingDetailsSchema, recognitionDetailsSchema])
      .describe("By kind: statement {form, quotes}; meeting {format, outcomes}; recognition {action, level, body, instrument, vote, stages}"),
    actors: z.array(apiEntryActorSchema),
    sources: z.array(apiSourceSchema),
    discrepancies: z
      .array(
        z.object({
          subject: z.string().describe("What the sources disagree on"),
          readings: z.array(z.object({ reading: z.string(), source: z.number().int().min(1).describe("The source's number in `sources`, from 1") })),
        }),
      )
      .describe("Where the sources disagree on a figure, each reading with its source"),
    publishedAt: timestamp.describe("First publication"),
    updatedAt: timestamp,
    correctedAt: timestamp.nullable().describe("Set when the entry was changed after it was first published"),
    correctionNote: z.string().nullable(),
    links: z.object({ self: z.url(), bibtex: z.url(), cslJson: z.url() }),
  })
  .meta({ id: "Entry" });

export const apiActorSchema = z
  .object({
    slug: z.string(),
    url: z.url().describe("The actor's page"),
    kind: z.enum(ACTOR_KINDS),
    name: z.object({ en: z.string(), hy: z.string().nullable(), ru: z.string().nullable() }),
    displayName: z
      .object({ text: z.string(), language })
      .describe("The name in the language asked (`lang`) where the record has it, else the English name with language en"),
    aliases: z.array(z.string()),
    countryCode: z.string().nullable().describe("ISO 3166-1 alpha-2, or ISO 3166-2 for subdivisions (US-CA)"),
    parent: z.string().nullable().describe("The parent actor's slug"),
    wikidataId: z.string().nullable(),
    existedFrom: partialDate.nullable(),
    existedUntil: partialDate.nullable(),
    description: z.string().nullable(),
    positions: z.array(actorPositionSchema),
    entryCount: z.number().int().min(0).describe("Published entries that name this actor"),
    links: z.object({ self: z.url(), entries: z.url() }),
  })
  .meta({ id: "Actor" });

const pagination = z.object({
  limit: z.number().int(),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  next: z.url().nullable().describe("The next page's full URL; null on the last page"),
});

export const apiEntryListSchema = z
  .object({ data: z.array(apiEntrySchema), total: z.number().int().min(0), pagination })
  .meta({ id: "EntryList" });

export const apiActorListSchema = z.object({ data: z.array(apiActorSchema), pagination }).meta({ id: "ActorList" });

export const apiEntryResponseSchema = z.object({ data: apiEntrySchema }).meta({ id: "EntryResponse" });
export const apiActorResponseSchema = z.object({ data: apiActorSchema }).meta({ id: "ActorResponse" });

export const apiErrorSchema = z
  .object({
    error: z.enum(["invalid_parameter", "not_found", "gone", "unavailable"]),
    message: z.string(),
    parameter: z.string().optional().describe("The (first) parameter that was not understood"),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    removedAt: timestamp.optional().describe("gone: when the entry was removed"),
    reason: z.string().nullable().optional().describe("gone: why the entry was removed"),
  })
  .meta({ id: "Error" });

export type ApiEntry = z.infer<typeof apiEntrySchema>;
export type ApiActor = z.infer<typeof apiActorSchema>;
export type ApiSource = z.infer<typeof apiSourceSchema>;
