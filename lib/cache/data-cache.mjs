// Next.js's data cache (what unstable_cache stores) for this server process: in memory, bounded by bytes, and
// flushed whole when the record changes — by revalidateTag in this process, or by the record listener
// (lib/record-listener.ts) when any process commits a change. next.config.ts names this file as `cacheHandler`;
// Next.js imports it as it is (plain JavaScript, not bundled), so it holds no application imports.

const MB = 1024 * 1024;
const DEFAULT_MAX_MB = 32;

/** The byte budget: DATA_CACHE_MB (validated at start-up by lib/env.ts), else 32 MB (docs/OPERATIONS.md "Memory"). */
function maxBytesFromEnv() {
  const mb = Number(process.env.DATA_CACHE_MB);
  return Number.isFinite(mb) && mb >= 1 ? Math.floor(mb * MB) : DEFAULT_MAX_MB * MB;
}

/**
 * The entries, least recently used first (a Map keeps insertion order; a hit re-inserts), and the epoch: a
 * counter raised by every invalidation. A read stores its result only if no invalidation came between the
 * moment it began and the moment it is stored, so a result read before a change can never outlive the flush.
 */
export class DataCacheStore {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.entries = new Map();
    this.bytes = 0;
    this.epoch = 0;
    this.invalidations = 0;
    /** Tag → when revalidateTag last named it (ms), for entries that carry it as an implicit tag. */
    this.tagsRevalidatedAt = new Map();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores `entry` unless an invalidation came after `beganAt` (an epoch) or it alone exceeds the budget. */
  set(key, entry, beganAt) {
    if (beganAt !== this.epoch) return false;
    const size = key.length + entry.size;
    if (size > this.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, { ...entry, size });
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
    return true;
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** Everything goes: the record changed (the reason is kept for the log line of whoever calls). */
  invalidate(_reason) {
    this.entries.clear();
    this.bytes = 0;
    this.epoch += 1;
    this.invalidations += 1;
  }

  /** revalidateTag: drops the entries carrying any of the tags, and refuses reads begun before it. */
  revalidateTags(tags) {
    const now = Date.now();
    for (const tag of tags) this.tagsRevalidatedAt.set(tag, now);
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) this.delete(key);
    }
    this.epoch += 1;
  }

  /** Whether revalidateTag named one of `tags` after `since` (ms). */
  revalidatedSince(tags, since) {
    return tags.some((tag) => (this.tagsRevalidatedAt.get(tag) ?? -Infinity) >= since);
  }
}

/** One store per process, on globalThis: Next.js creates a handler per request, and the listener flushes it. */
export function getDataCacheStore() {
  globalThis.__recordDataCache ??= new DataCacheStore(maxBytesFromEnv());
  return globalThis.__recordDataCache;
}

const FETCH = "FETCH";

/**
 * The handler Next.js instantiates for every request (IncrementalCache's CacheHandler interface). Only the data
 * cache (kind FETCH) is kept: every page renders per request (its nonce), so there are no pages to store.
 */
export default class RecordDataCacheHandler {
  constructor() {
    /** Cache key → the store's epoch when this request looked it up, before it ran the read. */
    this.began = new Map();
  }

  async get(key, ctx) {
    if (ctx?.kind !== FETCH) return null;
    const store = getDataCacheStore();
    this.began.set(key, store.epoch);
    const entry = store.get(key);
    if (!entry) return null;
    if (store.revalidatedSince([...(ctx.tags ?? []), ...(ctx.softTags ?? [])], entry.lastModified)) {
      store.delete(key);
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value };
  }

  async set(key, data, ctx) {
    if (!ctx?.fetchCache || data?.kind !== FETCH) return;
    const began = this.began.get(key);
    this.began.delete(key);
    // Without a lookup first, when the read began is unknown: not stored rather than perhaps stale.
    if (began === undefined) return;
    const size = Buffer.byteLength(typeof data.data?.body === "string" ? data.data.body : JSON.stringify(data.data ?? ""));
    getDataCacheStore().set(key, { value: data, lastModified: Date.now(), tags: ctx.tags ?? [], size }, began);
  }

  async revalidateTag(tags) {
    getDataCacheStore().revalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
