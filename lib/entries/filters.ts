// The filters every listing accepts (/entries, feeds, API): parsed from the query string, errors named by parameter.
import { z } from "zod";
import { SLUG_PATTERN, SOURCING_FILTERS } from "@/lib/constants";
import { asOfDateSchema } from "./as-of";
import { ENTRY_KINDS } from "@/lib/domain";

export const entryFiltersSchema = z.object({
  kind: z.enum(ENTRY_KINDS, { error: `kind must be one of: ${ENTRY_KINDS.join(", ")}` }).optional(),
  actor: z
    .string()
    .trim()
    .max(120, "actor is too long")
    .regex(new RegExp(SLUG_PATTERN), "actor must be an actor's slug")
    .optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "country must be an ISO 3166 code such as AM or US-CA")
    .optional(),
  year: z.coerce
    .number({ error: "year must be a year such as 2014" })
    .int("year must be a whole year")
    .min(1900, "year must be 1900 or later")
    .max(2100, "year must be 2100 or earlier")
    .optional(),
  tag: z
    .string()
    .trim()
    .max(80, "tag is too long")
    .regex(new RegExp(SLUG_PATTERN), "tag must be lowercase letters, digits and hyphens")
    .optional(),
  q: z.string().trim().max(200, "q must be at most 200 characters").optional(),
  /** "single": entries resting on one source; "no-primary": entries without a primary source. */
  sourcing: z.enum(SOURCING_FILTERS, { error: `sourcing must be one of: ${SOURCING_FILTERS.join(", ")}` }).optional(),
  /** The record as it stood on that date: facts dated on or before it. */
  as_of: asOfDateSchema("as_of").optional(),
});

export type EntryFilters = z.infer<typeof entryFiltersSchema>;
export const FILTER_KEYS = ["kind", "actor", "country", "year", "tag", "q", "sourcing", "as_of"] as const;

export type ParsedFilters =
  | { ok: true; filters: EntryFilters }
  | { ok: false; filters: EntryFilters; errors: { parameter: string; message: string }[] };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single.trim() === "" ? undefined : single;
}

/** Reads the filters; a bad parameter is reported and left out, so a page can still show the rest. */
export function parseEntryFilters(params: Params): ParsedFilters {
  const filters: EntryFilters = {};
  const errors: { parameter: string; message: string }[] = [];
  for (const key of FILTER_KEYS) {
    const raw = first(params, key);
    if (raw === undefined) continue;
    const result = entryFiltersSchema.shape[key].safeParse(raw);
    if (result.success) (filters as Record<string, unknown>)[key] = result.data;
    else errors.push({ parameter: key, message: result.error.issues[0]?.message ?? `${key} is not valid` });
  }
  return errors.length ? { ok: false, filters, errors } : { ok: true, filters };
}

/** The query string for a set of filters (for links, feeds and pagination), in a stable order. */
export function filtersToSearchParams(filters: EntryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}
