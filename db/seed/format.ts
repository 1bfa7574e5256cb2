// The shape of the seed record in db/seed/record/*.json (also the import format's core).
import { z } from "zod";
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ENTRY_KINDS,
  LANGUAGES,
  SOURCE_TIERS,
  DATE_QUALIFIERS,
  actorPositionSchema,
  detailsSchemaByKind,
  discrepancySchema,
  partialDate,
  slugSchema,
  translationsSchema,
} from "@/lib/domain";

export const seedActorSchema = z.object({
  slug: slugSchema,
  kind: z.enum(ACTOR_KINDS),
  name: z.object({ en: z.string().min(1), hy: z.string().min(1).nullable(), ru: z.string().min(1).nullable() }),
  aliases: z.array(z.string().min(1)),
  countryCode: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/).nullable(),
  parent: slugSchema.nullable(),
  wikidataId: z.string().regex(/^Q\d+$/).nullable(),
  existedFrom: partialDate.nullable(),
  existedUntil: partialDate.nullable(),
  description: z.string().nullable(),
  positions: z.array(actorPositionSchema),
  /** Shown on the public site although no published entry names it (absent: false). */
  public: z.boolean().optional(),
});

export const seedSourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  archiveUrl: z.url({ protocol: /^https?$/ }).nullable(),
  publishedOn: partialDate.nullable(),
  accessedOn: z.iso.date().nullable(),
  language: z.enum(LANGUAGES).nullable(),
  quote: z.string().nullable(),
  quoteTranslation: z.string().nullable(),
  /** Who translated the quote (absent: not recorded). */
  quoteTranslator: z.string().nullable().optional(),
  locator: z.string().nullable(),
  tier: z.enum(SOURCE_TIERS),
  document: z.string().min(1),
});

const seedEntryBase = z.object({
  slug: slugSchema,
  title: z.string().min(1),
  summary: z.string(),
  body: z.string(),
  date: partialDate,
  dateQualifier: z.enum(DATE_QUALIFIERS).nullable(),
  place: z.string().nullable(),
  tags: z.array(z.string().min(1)),
  originalLanguage: z.enum(LANGUAGES),
  translations: translationsSchema,
  actors: z.array(z.object({ actor: slugSchema, role: z.enum(ACTOR_ROLES), title: z.string().nullable() })),
  sources: z.array(seedSourceSchema).min(1),
  /** Where the sources disagree on a figure (absent: nowhere). */
  discrepancies: z.array(discrepancySchema).optional(),
});

export const seedEntrySchema = z.discriminatedUnion("kind", [
  seedEntryBase.extend({ kind: z.literal(ENTRY_KINDS[0]), details: detailsSchemaByKind.statement }),
  seedEntryBase.extend({ kind: z.literal(ENTRY_KINDS[1]), details: detailsSchemaByKind.meeting }),
  seedEntryBase.extend({ kind: z.literal(ENTRY_KINDS[2]), details: detailsSchemaByKind.recognition }),
]);

export type SeedActor = z.infer<typeof seedActorSchema>;
export type SeedEntry = z.infer<typeof seedEntrySchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
