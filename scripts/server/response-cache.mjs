// The full-response cache of the production server: which requests it may answer, how it keys them, and the
// store itself — an LRU bounded by bytes, emptied by invalidate() (the record changed), with a TTL as backstop.
// See docs/ARCHITECTURE.md "The full-response cache".
import { isPrivatePath } from "../../lib/security/routes.mjs";

/** Request headers Next.js varies App Router answers on (its Vary header); the `_rsc` query is in the URL. */
export const KEYED_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** A response varying on anything else (a header this cache does not key on) is never shared. */
const UNDERSTOOD_VARY = new Set([...KEYED_HEADERS, "accept-encoding"]);

// Every Auth.js cookie (session token and its chunks .0, .1…, CSRF token, callback URL), with or without the
// __Secure-/__Host- prefixes: whoever carries one may be signed in, and gets the site rendered for them.
const AUTH_COOKIE = /(?:^|;)\s*(?:__Secure-|__Host-)?(?:authjs|next-auth)\.[^=;]*=/i;

/** Paths never cached although public: the health check, and the build's files (Next.js serves them from disk). */
function isUncachedPath(pathname) {
  return pathname === "/healthz" || pathname.startsWith("/_next/") || pathname === "/favicon.ico";
}

/**
 * Why this request must not be answered from (or stored in) the cache, or null when it may be.
 * A client's `Cache-Control: no-cache` is not a reason: the cache is emptied whenever the record changes, so
 * there is nothing fresher to fetch, and honouring it would let anyone make every request render.
 * @param {import("node:http").IncomingMessage} req
 * @param {string} pathname
 * @returns {string | null}
 */
export function bypassReason(req, pathname) {
  if (req.method !== "GET" && req.method !== "HEAD") return "method";
  if (req.headers["next-action"] !== undefined) return "server-action";
  if (isPrivatePath(pathname)) return "private";
  if (isUncachedPath(pathname)) return "uncached-path";
  if (req.headers.authorization !== undefined) return "authorization";
  if (AUTH_COOKIE.test(req.headers.cookie ?? "")) return "auth-cookie";
  return null;
}

/**
 * What the answer depends on: scheme (HSTS is sent over HTTPS only), host, path and query (the `_rsc` query
 * included), the headers Next.js varies on, and whether a User-Agent was sent (Next.js streams the metadata
 * into the body without one; next.config.ts's htmlLimitedBots puts it in the head for every other).
 * @param {import("node:http").IncomingMessage} req
 * @param {{ https: boolean }} options
 */
export function cacheKey(req, { https }) {
  const parts = [https ? "https" : "http", req.headers.host ?? "", req.url ?? "/", req.headers["user-agent"] ? "ua" : ""];
  for (const name of KEYED_HEADERS) {
    const value = req.headers[name];
    parts.push(Array.isArray(value) ? value.join(",") : (value ?? ""));
  }
  return parts.join("\n");
}

/**
 * May this answer be shared by every reader? Only a 200, setting no cookie, varying only on what the key holds.
 * App Router pages (they vary on RSC) always say "private, no-store" when rendered per request and cannot say
 * otherwise: the server decides for them. A route handler that says private or no-store means it (/healthz).
 * @param {{ status: number, headers: Record<string, unknown> }} answer
 */
export function isShareable({ status, headers }) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  const vary = headers.vary;
  if (!varyIsUnderstood(vary)) return false;
  const isPage = /\brsc\b/i.test(String(vary ?? ""));
  return isPage || !/\b(?:no-store|private)\b/i.test(String(headers["cache-control"] ?? ""));
}

/** Whether every header the response varies on is one this cache keys on. */
export function varyIsUnderstood(vary) {
  if (!vary) return true;
  return String(vary)
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .every((name) => UNDERSTOOD_VARY.has(name));
}

/**
 * The store. Entries are `{ size, … }` objects; the LRU order is the Map's insertion order (a hit moves the
 * entry to the end). `epoch` counts invalidations: a fill records it when it starts and may store only if it
 * is unchanged when the answer is complete, so a render begun under an older record is never stored.
 */
export class ResponseCache {
  /** @param {{ maxBytes: number, ttlMs: number, maxEntryFraction?: number, now?: () => number }} options */
  // A quarter: with the default 32 MiB, answers up to 8 MiB (the exports of a large record) are still held.
  constructor({ maxBytes, ttlMs, maxEntryFraction = 1 / 4, now = Date.now }) {
    this.maxBytes = maxBytes;
    this.ttlMs = ttlMs;
    /** The largest single entry (all its encodings) stored; larger answers are passed through. */
    this.maxEntryBytes = Math.floor(maxBytes * maxEntryFraction);
    this.now = now;
    this.epoch = 0;
    this.bytes = 0;
    this.entries = new Map();
    this.counters = { hits: 0, misses: 0, bypasses: 0, invalidations: 0 };
  }

  get enabled() {
    return this.maxBytes > 0;
  }

  /** The entry for this key, or undefined when absent or older than the TTL. */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > this.ttlMs) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * An entry past its TTL, kept until its refill replaces it: while one request renders the refill, the others
   * get this copy rather than all waiting. Only the TTL makes an entry stale: invalidate() removes everything.
   */
  stale(key) {
    const entry = this.entries.get(key);
    return entry && this.now() - entry.storedAt > this.ttlMs ? entry : undefined;
  }

  /**
   * Stores the entry when its fill began in the current epoch and it fits; evicts the least recently used
   * entries until the total is within the budget. Returns whether it was stored.
   */
  set(key, entry, { epoch }) {
    if (epoch !== this.epoch || !this.enabled) return false;
    const size = entry.size + key.length;
    if (size > this.maxEntryBytes) return false;
    const previous = this.entries.get(key);
    if (previous) this.#remove(key, previous);
    const stored = { ...entry, size, storedAt: this.now() };
    this.entries.set(key, stored);
    this.bytes += size;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.#remove(oldKey, old);
    }
    return true;
  }

  /** Forgets everything: the record changed (or, across instances, a notification may have been missed). */
  invalidate() {
    this.epoch += 1;
    this.counters.invalidations += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  count(kind) {
    this.counters[kind] += 1;
  }

  stats() {
    return { ...this.counters, entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes };
  }

  #remove(key, entry) {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/**
 * The default budget: 32 MiB holds about 700 pages of a 10,000-entry record in their three encodings. Under
 * churn V8 frees evicted answers only at its next full collection, so the cache costs up to about twice its
 * budget in resident memory; at 64 an instance on PostgreSQL measured over 400 MB (docs/PERFORMANCE.md).
 */
export const DEFAULT_PAGE_CACHE_MB = 32;

/** PAGE_CACHE_MB (default 32; 0 turns the cache off) and PAGE_CACHE_TTL_S (default 60) from the environment. */
export function cacheOptionsFromEnv(env = process.env) {
  const megabytes = env.PAGE_CACHE_MB === undefined || env.PAGE_CACHE_MB === "" ? DEFAULT_PAGE_CACHE_MB : Number(env.PAGE_CACHE_MB);
  const seconds = env.PAGE_CACHE_TTL_S === undefined || env.PAGE_CACHE_TTL_S === "" ? 60 : Number(env.PAGE_CACHE_TTL_S);
  if (!Number.isFinite(megabytes) || megabytes < 0) throw new Error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the cache off), not "${env.PAGE_CACHE_MB}"`);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`PAGE_CACHE_TTL_S must be a positive number of seconds, not "${env.PAGE_CACHE_TTL_S}"`);
  return { maxBytes: Math.floor(megabytes * 1024 * 1024), ttlMs: seconds * 1000 };
}
