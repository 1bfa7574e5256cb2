// One public answer held as bytes: its headers, its identity body and its gzip and brotli forms, the encoding
// each client gets (Accept-Encoding, q=0 honoured) and the 304 a revalidating client gets.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * What a shared copy of a public answer says: browsers revalidate every time (a 304 when unchanged), a proxy
 * micro-cache or CDN may keep it one second. Nothing longer: a correction must show within about a second
 * everywhere, and a stale-while-revalidate window would serve the old text after a publish.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, must-revalidate";

// Set per answer, never stored: the request id, the cache's verdict, and what the body's encoding decides.
const PER_ANSWER = new Set(["x-request-id", "x-cache", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
// Already compressed: archives, pictures other than SVG, sound, video, web fonts. Everything else the site
// answers (HTML, RSC, XML, JSON, CSV, BibTeX) is text.
const INCOMPRESSIBLE = /^(?:application\/(?:zip|gzip|x-gzip|zstd|octet-stream|pdf)|image\/(?!svg)|audio\/|video\/|font\/)/i;
const MIN_COMPRESS_BYTES = 256;
const BROTLI_QUALITY = 6; // within a few per cent of the maximum's size at a fraction of its time

/** A strong ETag over the identity bytes. */
export function etagOf(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * The stored form of an answer. `headers` are those Next.js and proxy.ts set (lower-case names), already
 * completed by the caller (policy hashes); `shared` answers get the public Cache-Control, an ETag and
 * Vary: Accept-Encoding, and their compressed forms.
 * @param {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer, shared: boolean }} answer
 */
export async function makeRepresentation({ status, headers, body, shared }) {
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (!PER_ANSWER.has(name) && value !== undefined) kept[name] = value;
  const bodies = { identity: body };
  if (shared) {
    kept["cache-control"] = PUBLIC_CACHE_CONTROL;
    kept.etag ??= etagOf(body);
    if (body.length >= MIN_COMPRESS_BYTES && !INCOMPRESSIBLE.test(String(kept["content-type"] ?? ""))) {
      const [gz, br] = await Promise.all([
        gzip(body),
        brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      if (gz.length < body.length) bodies.gzip = gz;
      if (br.length < body.length) bodies.br = br;
    }
    const vary = kept.vary ? String(kept.vary) : "";
    if (!/\baccept-encoding\b/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  }
  const headerBytes = Object.entries(kept).reduce((sum, [n, v]) => sum + n.length + String(v).length + 4, 0);
  const size = Object.values(bodies).reduce((sum, b) => sum + b.length, 0) + headerBytes + 256;
  return { status, headers: kept, bodies, size };
}

/** q-values by coding from an Accept-Encoding header (lower-case names). */
function qualities(acceptEncoding) {
  const q = new Map();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  return q;
}

/**
 * The stored encoding this client prefers: the compressed form with the highest q (brotli on a tie), each only
 * when the client accepts it (named or through `*`, q > 0), unless it ranks identity higher by name.
 * Identity when nothing else is acceptable.
 * @param {string | undefined} acceptEncoding
 * @param {Record<string, Buffer>} bodies
 */
export function chooseEncoding(acceptEncoding, bodies) {
  const q = qualities(acceptEncoding);
  const of = (coding) => q.get(coding) ?? q.get("*") ?? 0;
  let best = "identity";
  let bestQ = q.get("identity") ?? 0;
  for (const coding of ["gzip", "br"]) {
    if (!bodies[coding]) continue;
    const value = of(coding);
    if (value > 0 && value >= bestQ) {
      best = coding;
      bestQ = value;
    }
  }
  return best;
}

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
export function isNotModified({ ifNoneMatch, ifModifiedSince }, headers) {
  const etag = headers.etag;
  if (ifNoneMatch !== undefined) {
    if (!etag) return false;
    const strip = (tag) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(String(etag)));
  }
  const lastModified = headers["last-modified"];
  if (ifModifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(String(lastModified));
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/**
 * Answers from a representation: a 304 to a matching conditional request (same headers, the policy
 * included), otherwise the best encoding the client accepts; no body for HEAD.
 * @param {import("node:http").ServerResponse} res
 */
export function sendRepresentation(res, rep, { head, conditional, acceptEncoding, extraHeaders }) {
  const headers = { ...rep.headers, ...extraHeaders };
  if (rep.status === 200 && isNotModified(conditional, rep.headers)) {
    delete headers["content-type"];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (rep.status === 204 || rep.status === 304) {
    res.writeHead(rep.status, headers);
    res.end();
    return;
  }
  const encoding = chooseEncoding(acceptEncoding, rep.bodies);
  const body = rep.bodies[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(rep.status, headers);
  res.end(head ? undefined : body);
}
