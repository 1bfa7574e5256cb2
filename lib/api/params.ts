// Query parameters of feeds and the API: the listing's filters plus limit and cursor, each error naming its parameter.
import { z } from "zod";
import { ACTOR_KINDS, slugSchema, type ActorKind } from "@/lib/domain";
import { FILTER_KEYS, parseEntryFilters, type EntryFilters } from "@/lib/entries/filters";
import { decodeCursor } from "@/lib/entries/cursor";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

export type ParamError = { parameter: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

function limitSchema(max: number) {
  return z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(max, `limit must be at most ${max}`);
}

function parseLimit(params: URLSearchParams, fallback: number, max: number, errors: ParamError[]): number {
  const raw = params.get("limit");
  if (raw === null || raw.trim() === "") return fallback;
  const result = limitSchema(max).safeParse(raw);
  if (result.success) return result.data;
  errors.push({ parameter: "limit", message: result.error.issues[0]?.message ?? "limit is not valid" });
  return fallback;
}

function rejectUnknown(params: URLSearchParams, allowed: readonly string[], errors: ParamError[]) {
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key)) errors.push({ parameter: key, message: `${key} is not a parameter here; use ${allowed.join(", ")}` });
  }
}

/** `lang`: the language of the titles, summaries and names (en, hy, ru); English when absent. */
function parseLang(params: URLSearchParams, errors: ParamError[]): Locale {
  const raw = params.get("lang");
  if (raw === null || raw.trim() === "") return DEFAULT_LOCALE;
  if (isLocale(raw)) return raw;
  errors.push({ parameter: "lang", message: `lang must be one of: ${LOCALES.join(", ")}` });
  return DEFAULT_LOCALE;
}

/** The query of one entry or actor: only `lang` is read. */
export function parseItemQuery(params: URLSearchParams): Parsed<{ lang: Locale }> {
  const errors: ParamError[] = [];
  const lang = parseLang(params, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { lang } };
}

export type FeedQuery = { filters: EntryFilters; limit: number };
export const FEED_DEFAULT_LIMIT = 50;
export const FEED_MAX_LIMIT = 200;

/** Feed readers add parameters of their own, so unknown ones are ignored here (not in the API). */
export function parseFeedQuery(params: URLSearchParams): Parsed<FeedQuery> {
  const parsed = parseEntryFilters(params);
  const errors = parsed.ok ? [] : [...parsed.errors];
  const limit = parseLimit(params, FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { filters: parsed.filters, limit } };
}

export type EntryListQuery = { filters: EntryFilters; limit: number; cursor: { date: string; id: string } | null; lang: Locale };
export const API_ENTRY_LIMIT = { default: 20, max: 100 };

export function parseEntryListQuery(params: URLSearchParams): Parsed<EntryListQuery> {
  const errors: ParamError[] = [];
  const parsed = parseEntryFilters(params);
  if (!parsed.ok) errors.push(...parsed.errors);
  const limit = parseLimit(params, API_ENTRY_LIMIT.default, API_ENTRY_LIMIT.max, errors);
  const rawCursor = params.get("cursor");
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  if (rawCursor && !cursor) errors.push({ parameter: "cursor", message: "cursor is not valid; use the nextCursor of a previous page" });
  const lang = parseLang(params, errors);
  rejectUnknown(params, [...FILTER_KEYS, "limit", "cursor", "lang"], errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { filters: parsed.filters, limit, cursor, lang } };
}

export type ActorListQuery = { filters: { kind?: ActorKind; country?: string }; limit: number; after: string | null; lang: Locale };
export const API_ACTOR_LIMIT = { default: 100, max: 500 };

const actorKind = z.enum(ACTOR_KINDS, { error: `kind must be one of: ${ACTOR_KINDS.join(", ")}` });
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "country must be an ISO 3166 code such as AM or US-CA");

export function encodeActorCursor(slug: string): string {
  return Buffer.from(`actor|${slug}`).toString("base64url");
}

function decodeActorCursor(cursor: string): string | null {
  const m = /^actor\|(.+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return m && slugSchema.safeParse(m[1]).success ? m[1]! : null;
}

export function parseActorListQuery(params: URLSearchParams): Parsed<ActorListQuery> {
  const errors: ParamError[] = [];
  const filters: ActorListQuery["filters"] = {};
  for (const [key, schema] of [["kind", actorKind], ["country", country]] as const) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === "") continue;
    const result = schema.safeParse(raw);
    if (result.success) (filters as Record<string, string>)[key] = result.data;
    else errors.push({ parameter: key, message: result.error.issues[0]?.message ?? `${key} is not valid` });
  }
  const limit = parseLimit(params, API_ACTOR_LIMIT.default, API_ACTOR_LIMIT.max, errors);
  const rawCursor = params.get("cursor");
  const after = rawCursor ? decodeActorCursor(rawCursor) : null;
  if (rawCursor && !after) errors.push({ parameter: "cursor", message: "cursor is not valid; use the nextCursor of a previous page" });
  const lang = parseLang(params, errors);
  rejectUnknown(params, ["kind", "country", "limit", "cursor", "lang"], errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { filters, limit, after, lang } };
}

/** A path segment that must be a slug: the error names it. */
export function parseSlug(raw: string): Parsed<string> {
  const result = slugSchema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: [{ parameter: "slug", message: "slug must be lowercase letters, digits and single hyphens" }] };
}
