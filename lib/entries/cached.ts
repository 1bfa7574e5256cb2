// Cached public reads: the pages render per request, the database is asked once per change.
// Every write that changes what the public sees calls revalidateRecord() (lib/revalidate.ts).
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getEntryFacets, getRelatedEntries } from "./browse";
import { getSearchHighlights } from "./highlights";
import { getRecordFigures } from "./figures";
import { countPublishedEntries, countPublishedEntriesUpTo, listEntrySlugs, listPublishedEntries } from "./listing";
import { getPublishedEntryBySlug } from "./queries";
import { getCorrection, getRemovedEntryBySlug, listCorrections } from "./corrections";

// A time bound as well as the tag: other app instances sharing one PostgreSQL see changes within it.
const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedListPublishedEntries = unstable_cache(listPublishedEntries, ["entries:list"], options);
export const cachedCountPublishedEntries = unstable_cache(countPublishedEntries, ["entries:count"], options);
export const cachedCountPublishedEntriesUpTo = unstable_cache(countPublishedEntriesUpTo, ["entries:count-up-to"], options);
export const cachedGetPublishedEntryBySlug = unstable_cache(getPublishedEntryBySlug, ["entries:bySlug"], options);
export const cachedGetRecordFigures = unstable_cache(getRecordFigures, ["record:figures"], options);
export const cachedGetEntryFacets = unstable_cache(getEntryFacets, ["entries:facets"], options);
export const cachedGetRelatedEntries = unstable_cache(getRelatedEntries, ["entries:related"], options);
export const cachedListCorrections = unstable_cache(listCorrections, ["entries:corrections"], options);
export const cachedGetCorrection = unstable_cache(getCorrection, ["entries:correction"], options);
export const cachedGetRemovedEntryBySlug = unstable_cache(getRemovedEntryBySlug, ["entries:removed"], options);
export const cachedListEntrySlugs = unstable_cache(listEntrySlugs, ["entries:slugs"], options);

/** Highlights come back as a Map, which the cache's JSON would lose: cached as pairs. */
const cachedHighlightPairs = unstable_cache(
  async (args: { ids: string[]; q: string }) => [...(await getSearchHighlights(args))],
  ["entries:highlights"],
  options,
);
export async function cachedGetSearchHighlights(args: { ids: string[]; q: string }) {
  return new Map(await cachedHighlightPairs(args));
}
