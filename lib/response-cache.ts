// The production server's full-response cache as the app sees it (scripts/server/response-cache.mjs, set up on
// globalThis by scripts/server.mjs): emptied whenever the public record changes, its counters for /healthz.
export type ResponseCacheStats = {
  hits: number;
  misses: number;
  bypasses: number;
  invalidations: number;
  entries: number;
  bytes: number;
  maxBytes: number;
};

type ResponseCacheHandle = { invalidate(reason: string): void; stats?(): ResponseCacheStats };

const holder = globalThis as unknown as { __recordResponseCache?: ResponseCacheHandle };

/**
 * Empties the cache: every answer stored so far may show the old record. Does nothing outside the production
 * server (tests, scripts, next dev). The cross-instance path (a notification from another instance, or the
 * listener reconnecting) calls it too.
 */
export function invalidateResponseCache(reason: string): void {
  holder.__recordResponseCache?.invalidate(reason);
}

/** The cache's counters, or null outside the production server. */
export function responseCacheStats(): ResponseCacheStats | null {
  return holder.__recordResponseCache?.stats?.() ?? null;
}
