// What a write of an entry accepts: one schema for the editor's form, the seed, imports and the server.
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates";
import {
  ACTOR_ROLES,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  LANGUAGES,
  SOURCE_TIERS,
  detailsSchemaByKind,
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
  .max(2000, "At most 2000 characters")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.hostname);
    } catch {
      return false;
    }
  }, "Only http:// and https:// links are accepted");

const notInFuture = (value: string) => {
  const parsed = parsePartialDate(value);
  return parsed !== null && parsed.date <= new Date().toISOString().slice(0, 10);
};

export const entryDateSchema = partialDate
  .refine((v) => parsePartialDate(v) !== null, "Not a calendar date")
  .refine(notInFuture, "The date cannot be in the future");

export const sourceInputSchema = z.object({
  url: httpUrl.nullable(),
  title: z.string().trim().min(1, "Give the source a title").max(500, "At most 500 characters"),
  publisher: optionalText(300),
  author: optionalText(300),
  publishedOn: partialDate.nullable(),
  accessedOn: z.iso.date().nullable(),
  archiveUrl: httpUrl.nullable(),
  language: z.enum(LANGUAGES).nullable(),
  quote: optionalText(10_000),
  quoteTranslation: optionalText(10_000),
  locator: optionalText(500),
  tier: z.enum(SOURCE_TIERS),
});

export const entryActorInputSchema = z.object({
  actorId: z.uuid(),
  role: z.enum(ACTOR_ROLES),
  titleAtTime: optionalText(300),
});

export const entryInputSchema = z
  .object({
    kind: z.enum(ENTRY_KINDS),
    slug: slugSchema.optional(),
    title: z.string().trim().min(1, "Give the entry a title").max(300, "At most 300 characters"),
    summary: z.string().trim().max(2000, "At most 2000 characters"),
    body: z.string().max(100_000, "At most 100,000 characters"),
    date: entryDateSchema,
    dateQualifier: z.enum(DATE_QUALIFIERS).nullable(),
    place: optionalText(200),
    tags: z.array(slugSchema).max(30, "At most 30 tags"),
    originalLanguage: z.enum(LANGUAGES),
    translations: translationsSchema,
    details: z.unknown(),
    actors: z.array(entryActorInputSchema).max(50, "At most 50 actors"),
    sources: z.array(sourceInputSchema).max(50, "At most 50 sources"),
    correctionNote: optionalText(1000).optional(),
  })
  .transform((value, ctx) => {
    const details = detailsSchemaByKind[value.kind].safeParse(value.details);
    if (!details.success) {
      for (const issue of details.error.issues) {
        ctx.addIssue({ code: "custom", path: ["details", ...issue.path], message: issue.message });
      }
      return z.NEVER;
    }
    return { ...value, details: details.data };
  });

export type EntryInput = z.infer<typeof entryInputSchema>;
export type SourceInput = z.infer<typeof sourceInputSchema>;
