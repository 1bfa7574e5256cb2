// The OpenAPI 3.1 description of /api/v1, its schemas generated from the zod schemas the API answers with.
import { z } from "zod";
import { SLUG_PATTERN, SOURCING_FILTERS } from "@/lib/constants";
import { ACTOR_KINDS, ENTRY_KINDS } from "@/lib/domain";
import { LOCALES } from "@/lib/i18n/locales";
import { SITE_NAME, absoluteUrl } from "@/lib/feeds/urls";
import { API_BASE } from "./dto";
import { API_ACTOR_LIMIT, API_ENTRY_LIMIT } from "./params";
import {
  apiActorListSchema,
  apiActorSchema,
  apiEntryActorSchema,
  apiEntrySchema,
  apiSourceSchema,
  apiActorResponseSchema,
  apiEntryListSchema,
  apiEntryResponseSchema,
  apiErrorSchema,
} from "./schemas";

function components() {
  const registry = z.registry<{ id: string }>();
  // Every schema with an id goes in, or a nested one would land in a "__shared" definition outside components.
  for (const schema of [
    apiSourceSchema,
    apiEntryActorSchema,
    apiEntrySchema,
    apiActorSchema,
    apiEntryListSchema,
    apiEntryResponseSchema,
    apiActorListSchema,
    apiActorResponseSchema,
    apiErrorSchema,
  ]) {
    registry.add(schema, { id: z.globalRegistry.get(schema)!.id as string });
  }
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  // Each schema sits inside this document, so it needs neither its own $schema nor $id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

/** The licence the record's data is offered under (OpenAPI 3.1: an SPDX identifier, not also a URL). */
export const RECORD_LICENSE = { name: "Creative Commons Attribution 4.0 International", identifier: "CC-BY-4.0" } as const;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const query = (name: string, description: string, schema: Record<string, unknown>, example?: string | number) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
});

const entryFilters = [
  query("kind", "Only entries of this kind", { type: "string", enum: [...ENTRY_KINDS] }, "meeting"),
  query("actor", "Only entries naming this actor (its slug)", { type: "string", pattern: SLUG_PATTERN }, "russia"),
  query(
    "country",
    "Only entries naming an actor of this country (ISO 3166-1; includes its subdivisions) or subdivision (ISO 3166-2)",
    { type: "string", pattern: "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$" },
    "US",
  ),
  query("year", "Only entries dated in this year", { type: "integer", minimum: 1900, maximum: 2100 }, 2014),
  query("tag", "Only entries with this tag", { type: "string", pattern: SLUG_PATTERN }, "lachin-corridor"),
  query("q", "Full-text search (English stemming; Armenian and Russian words as written)", { type: "string", maxLength: 200 }, "Lachin"),
  query(
    "sourcing",
    "single: only entries resting on a single source; no-primary: only entries without a primary source",
    { type: "string", enum: [...SOURCING_FILTERS] },
    "single",
  ),
  query(
    "as_of",
    "The record as it stood on this date: only entries dated on or before it (an undated entry by its source's bound); not in the future",
    { type: "string", format: "date" },
    "2013-01-01",
  ),
];

const lang = query(
  "lang",
  "The language of titles, summaries and actors' names: each field is given in it where the record has it, otherwise in English, and says which (`titleLanguage`, `summaryLanguage`, `nameLanguage`, `displayName.language`). Default en",
  { type: "string", enum: [...LOCALES], default: "en" },
  "hy",
);

const cursor = query("cursor", "The `nextCursor` of the previous page", { type: "string" });
const limit = (l: { default: number; max: number }) =>
  query("limit", `Items per page (default ${l.default})`, { type: "integer", minimum: 1, maximum: l.max, default: l.default });
const slug = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: SLUG_PATTERN } };

const json = (schema: string, description: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const common = {
  "304": { description: "Not modified: the ETag in If-None-Match (or the date in If-Modified-Since) is current" },
  "400": json("Error", "A parameter was not understood; `parameter` names it"),
  "503": json("Error", "The record's database is unavailable just now; retry after the seconds in Retry-After"),
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: `${SITE_NAME} API`,
      version: "1.0.0",
      description:
        "Read-only JSON of the published record: entries (statements, meetings, recognition events) with their actors and sources, and actors. No key is needed; CORS is open; responses carry ETag and Last-Modified.",
      license: RECORD_LICENSE,
    },
    servers: [{ url: absoluteUrl(API_BASE) }],
    // Every operation is public: an empty requirement list says "no authentication", where leaving it out says nothing.
    security: [],
    paths: {
      "/entries": {
        get: {
          operationId: "listEntries",
          summary: "Published entries, newest first, with the filters of /entries",
          parameters: [...entryFilters, limit(API_ENTRY_LIMIT), cursor, lang],
          responses: { "200": json("EntryList", "A page of entries"), ...common },
        },
      },
      "/entries/{slug}": {
        get: {
          operationId: "getEntry",
          summary: "One published entry",
          parameters: [slug, lang],
          responses: { "200": json("EntryResponse", "The entry"), ...common, "404": json("Error", "No published entry has this slug"),
            "410": json("Error", "The entry was published and has been removed: `removedAt` and `reason` say when and why"),
          },
        },
      },
      "/actors": {
        get: {
          operationId: "listActors",
          summary: "Actors, in slug order",
          parameters: [
            query("kind", "Only actors of this kind", { type: "string", enum: [...ACTOR_KINDS] }, "state"),
            query("country", "Only actors of this country or subdivision (ISO 3166)", { type: "string" }, "US"),
            limit(API_ACTOR_LIMIT),
            cursor,
            lang,
          ],
          responses: { "200": json("ActorList", "A page of actors"), ...common },
        },
      },
      "/actors/{slug}": {
        get: {
          operationId: "getActor",
          summary: "One actor",
          parameters: [slug, lang],
          responses: {
            "200": json("ActorResponse", "The actor"),
            "308": { description: "The actor was merged into another; Location gives it" },
            ...common,
            "404": json("Error", "No actor has this slug"),
          },
        },
      },
    },
    components: { schemas: components() },
  };
}
