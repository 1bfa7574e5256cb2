// The JSON API's answers (/api/v1/...): parameters checked, cached reads, 304 when the client's copy is current.
import "server-only";
import { databaseErrorCode, isDatabaseUnavailable } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { cachedCountPublishedEntries, cachedGetPublishedEntryBySlug, cachedGetRemovedEntryBySlug } from "@/lib/entries/cached";
import { absoluteUrl } from "@/lib/feeds/urls";
import { cachedGetPublicActorBySlug, cachedListPublicActors, cachedListPublishedEntryDetails, cachedRecordLastChange } from "./cached";
import { API_BASE, toApiActor, toApiEntry } from "./dto";
import { CORS_HEADERS, badParameters, gone, notFound, respondWith, unavailable } from "./http";
import { encodeActorCursor, parseActorListQuery, parseEntryListQuery, parseItemQuery, parseSlug } from "./params";

const JSON_TYPE = "application/json; charset=utf-8";

async function json(request: Request, payload: unknown): Promise<Response> {
  const lastChange = await cachedRecordLastChange();
  return respondWith(request, JSON.stringify(payload), { contentType: JSON_TYPE, lastModified: new Date(lastChange) });
}

function nextUrl(request: Request, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(request.url);
  url.searchParams.set("cursor", nextCursor);
  return absoluteUrl(`${url.pathname}?${url.searchParams.toString()}`);
}

async function entryListResponseNow(request: Request): Promise<Response> {
  const query = parseEntryListQuery(new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.errors);
  const { filters, limit, cursor, lang } = query.value;
  const [page, total] = await Promise.all([
    cachedListPublishedEntryDetails({ filters, cursor, limit }),
    cachedCountPublishedEntries({ filters }),
  ]);
  return json(request, {
    data: page.items.map((e) => toApiEntry(e, lang)),
    total,
    pagination: { limit, nextCursor: page.nextCursor, next: nextUrl(request, page.nextCursor) },
  });
}

async function entryResponseNow(request: Request, rawSlug: string): Promise<Response> {
  const slug = parseSlug(rawSlug);
  if (!slug.ok) return badParameters(slug.errors);
  const query = parseItemQuery(new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.errors);
  const entry = await cachedGetPublishedEntryBySlug({ slug: slug.value });
  if (!entry) {
    const removed = await cachedGetRemovedEntryBySlug({ slug: slug.value });
    if (removed) return gone(removed);
    return notFound(`No published entry has the slug ${slug.value}`);
  }
  return json(request, { data: toApiEntry(entry, query.value.lang) });
}

async function actorListResponseNow(request: Request): Promise<Response> {
  const query = parseActorListQuery(new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.errors);
  const { filters, limit, after, lang } = query.value;
  const page = await cachedListPublicActors({ filters, after, limit });
  const nextCursor = page.nextAfter ? encodeActorCursor(page.nextAfter) : null;
  return json(request, {
    data: page.items.map((a) => toApiActor(a, lang)),
    pagination: { limit, nextCursor, next: nextUrl(request, nextCursor) },
  });
}

async function actorResponseNow(request: Request, rawSlug: string): Promise<Response> {
  const slug = parseSlug(rawSlug);
  if (!slug.ok) return badParameters(slug.errors);
  const query = parseItemQuery(new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.errors);
  const found = await cachedGetPublicActorBySlug({ slug: slug.value });
  if (!found) return notFound(`No actor has the slug ${slug.value}`);
  if ("mergedInto" in found) {
    // Merged into another actor: old links keep working.
    return new Response(null, {
      status: 308,
      headers: { ...CORS_HEADERS, Location: absoluteUrl(`${API_BASE}/actors/${found.mergedInto}${query.value.lang === "en" ? "" : `?lang=${query.value.lang}`}`) },
    });
  }
  return json(request, { data: toApiActor(found.actor, query.value.lang) });
}

/** A JSON 503 instead of an error page when the database fails the request: API clients can retry on it. */
async function answering(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log.warn({ code: databaseErrorCode(error) }, "database unavailable");
    return unavailable();
  }
}

export const entryListResponse = (request: Request) => answering(() => entryListResponseNow(request));
export const entryResponse = (request: Request, rawSlug: string) => answering(() => entryResponseNow(request, rawSlug));
export const actorListResponse = (request: Request) => answering(() => actorListResponseNow(request));
export const actorResponse = (request: Request, rawSlug: string) => answering(() => actorResponseNow(request, rawSlug));
