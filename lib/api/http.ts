// HTTP for the public data routes (feeds, API, exports, citations): conditional GET, CORS, and JSON errors.
import { createHash } from "node:crypto";
import type { ParamError } from "./params";

/** Open to every origin: the record is public, and the routes only read. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

export const DEFAULT_CACHE_CONTROL = "public, max-age=60";

export function etagFor(content: string | Uint8Array): string {
  return `"${createHash("sha256").update(content).digest("base64url").slice(0, 32)}"`;
}

/** HTTP dates carry whole seconds. */
function seconds(time: number): number {
  return Math.floor(time / 1000);
}

/** RFC 9110: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const strip = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && seconds(lastModified.getTime()) <= seconds(since);
}

export type Representation = {
  etag: string;
  lastModified: Date;
  contentType: string;
  cacheControl?: string;
  /** Offered as a download under this name. */
  filename?: string;
};

/** 304 when the client's copy is current, otherwise the body (made only then, so a 304 costs no export). */
export async function conditionalResponse(
  request: Request,
  rep: Representation,
  body: BodyInit | (() => Promise<BodyInit> | BodyInit),
): Promise<Response> {
  const headers = new Headers({
    ...CORS_HEADERS,
    ETag: rep.etag,
    "Last-Modified": new Date(seconds(rep.lastModified.getTime()) * 1000).toUTCString(),
    "Cache-Control": rep.cacheControl ?? DEFAULT_CACHE_CONTROL,
  });
  if (isNotModified(request, rep.etag, rep.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", rep.contentType);
  if (rep.filename) headers.set("Content-Disposition", `attachment; filename="${rep.filename}"`);
  return new Response(typeof body === "function" ? await body() : body, { status: 200, headers });
}

/** A body whose ETag is its own hash. */
export function respondWith(
  request: Request,
  body: string | Uint8Array,
  rep: Omit<Representation, "etag">,
): Promise<Response> {
  return conditionalResponse(request, { ...rep, etag: etagFor(body) }, body as BodyInit);
}

function jsonError(status: number, payload: Record<string, unknown>): Response {
  return Response.json(payload, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

/** 400 naming the first bad parameter, with every problem listed. */
export function badParameters(errors: ParamError[]): Response {
  const first = errors[0]!;
  return jsonError(400, { error: "invalid_parameter", parameter: first.parameter, message: first.message, errors });
}

/** 503 with Retry-After: the database failed this request (a lost connection, a timeout); nothing is wrong with it. */
export function unavailable(): Response {
  return Response.json(
    { error: "unavailable", message: "The record's database is unavailable just now. Try again in a few seconds." },
    { status: 503, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}

/** 410: the entry was published and has been removed; when and why. */
export function gone(removed: { slug: string; title: string; removedAt: string; reason: string | null }): Response {
  return jsonError(410, {
    error: "gone",
    message: `The entry ${removed.slug} was removed from the record on ${removed.removedAt.slice(0, 10)}${removed.reason ? `: ${removed.reason}` : ""}`,
    removedAt: removed.removedAt,
    reason: removed.reason,
  });
}

export function notFound(message: string): Response {
  return jsonError(404, { error: "not_found", message });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}
