// One tag for everything the public reads, so a publish, edit or delete shows everywhere at once.
import "server-only";
import { revalidateTag } from "next/cache";
import { invalidateResponseCache } from "@/lib/response-cache";
import { refreshRemovedEntrySlugs } from "@/lib/entries/removed-slugs";

export const RECORD_TAG = "record";

/** After a write, inside the request that made it: this process's data cache under the tag, and the full-response cache. */
export function revalidateRecord(): void {
  revalidateTag(RECORD_TAG, { expire: 0 });
  invalidateResponseCache("write");
  void refreshRemovedEntrySlugs();
}

type Flushable = { invalidate: (reason: string) => void };
const caches = globalThis as unknown as { __recordDataCache?: Flushable };

/**
 * Outside any request (revalidateTag needs one): empties this process's caches whole — the data cache
 * (lib/cache/data-cache.mjs) and the full-response cache of scripts/server.mjs when it has one. Either is absent
 * until first used, and then holds nothing to flush.
 */
export function flushLocalCaches(reason: string): void {
  caches.__recordDataCache?.invalidate(reason);
  invalidateResponseCache(reason);
  void refreshRemovedEntrySlugs();
}
