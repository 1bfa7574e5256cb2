// The slugs of published entries moved to the trash, held in memory for proxy.ts: their addresses answer 410
// with a notice instead of 404. Reloaded at start-up and whenever this process flushes its caches (every
// committed change of the record, from any instance: lib/record-listener.ts), so proxy.ts never reads the
// database itself.
import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { log } from "@/lib/log";
import { serializeError } from "@/lib/log-error";

// On globalThis: proxy.ts, instrumentation and the route bundles load separate copies of this module.
const holder = globalThis as unknown as { __removedEntrySlugs?: Set<string>; __removedEntrySlugsLoad?: Promise<void> };

export async function readRemovedEntrySlugs(): Promise<Set<string>> {
  const { entries } = schema;
  const rows = await getDb()
    .select({ slug: entries.slug })
    .from(entries)
    .where(and(eq(entries.status, "published"), isNotNull(entries.deletedAt)));
  return new Set(rows.map((r) => r.slug));
}

/** Reloads the set; a failure keeps the previous one (and is logged), so a lost connection changes nothing. */
export function refreshRemovedEntrySlugs(): Promise<void> {
  const load = readRemovedEntrySlugs()
    .then((slugs) => {
      holder.__removedEntrySlugs = slugs;
    })
    .catch((error: unknown) => {
      log.warn({ err: serializeError(error) }, "Could not reload the removed entries' slugs; keeping the previous list");
    });
  holder.__removedEntrySlugsLoad = load;
  return load;
}
