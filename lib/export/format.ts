// The export format (record.json): the whole published record, keyed by slugs, that the import reads back.
import { z } from "zod";
import { seedActorSchema } from "@/db/seed/format";
import { LINK_STATUSES } from "@/lib/constants";
import { ACTOR_ROLES, partialDate, slugSchema } from "@/lib/domain";

export const EXPORT_FORMAT = "artsakh-record";
export const EXPORT_FORMAT_VERSION = 1;

/** Actors are written in the seed record's format (db/seed/format.ts). */
export const exportActorSchema = seedActorSchema;

/**
 * What an exported entry carries besides the fields of entryInputSchema (lib/entries/input.ts), which checks the rest:
 * actors by slug, the timestamps of its publication, and each source's last known link status.
 */
export const exportEntryEnvelopeSchema = z.object({
  slug: slugSchema,
  date: partialDate,
  actors: z.array(z.object({ actor: slugSchema, role: z.enum(ACTOR_ROLES), title: z.string().nullable() })),
  sources: z
    // "alive", written by exports made before link checks existed, is read as "live".
    .array(z.object({ linkStatus: z.preprocess((v) => (v === "alive" ? "live" : v), z.enum(LINK_STATUSES).default("unchecked")) }).loose())
    .min(1, "A published entry needs at least one source"),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  correctedAt: z.iso.datetime({ offset: true }).nullable(),
  correctionNote: z.string().nullable(),
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `format must be "${EXPORT_FORMAT}"` }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: `formatVersion must be ${EXPORT_FORMAT_VERSION}` }),
  actors: z.array(z.unknown()),
  entries: z.array(z.unknown()),
});

export type ExportActor = z.infer<typeof exportActorSchema>;

export type ExportSource = {
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  archiveUrl: string | null;
  publishedOn: string | null;
  accessedOn: string | null;
  language: string | null;
  quote: string | null;
  quoteTranslation: string | null;
  quoteTranslator: string | null;
  locator: string | null;
  tier: string;
  linkStatus: string;
};

export type ExportEntry = {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  body: string;
  date: string;
  dateQualifier: string | null;
  place: string | null;
  tags: string[];
  originalLanguage: string;
  translations: unknown;
  details: unknown;
  actors: { actor: string; role: string; title: string | null }[];
  sources: ExportSource[];
  discrepancies: unknown[];
  publishedAt: string;
  updatedAt: string;
  correctedAt: string | null;
  correctionNote: string | null;
};

export type ExportRecord = {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  actors: ExportActor[];
  entries: ExportEntry[];
};
