// Cached reads behind the feeds and the API, refreshed with the rest of the public site (tag `record`, lib/revalidate.ts).
import "server-only";
import { buildChangesFeed } from "@/lib/feeds/changes";
import { unstable_cache } from "next/cache";
import { getRecordLastChange, listPublishedEntryDetails } from "@/lib/entries/details";
import { buildFeed } from "@/lib/feeds/build";
import { RECORD_TAG } from "@/lib/revalidate";
import { getPublicActorBySlug, listPublicActors } from "./actors";

// The same bound as the pages: other app instances sharing one PostgreSQL see a change within it.
const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedRecordLastChange = unstable_cache(getRecordLastChange, ["record:lastChange"], options);
export const cachedBuildFeed = unstable_cache(buildFeed, ["feeds:build"], options);
export const cachedBuildChangesFeed = unstable_cache(buildChangesFeed, ["feeds:changes"], options);
export const cachedListPublishedEntryDetails = unstable_cache(listPublishedEntryDetails, ["entries:listDetails"], options);
export const cachedListPublicActors = unstable_cache(listPublicActors, ["actors:list"], options);
export const cachedGetPublicActorBySlug = unstable_cache(getPublicActorBySlug, ["actors:bySlug"], options);
