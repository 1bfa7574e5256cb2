// Cached reads of actors (tag `record`, like every public read).
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getActorBySlug, getActorRecognitionRecord, listActorSlugs, listActors } from "./queries";

const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedListActors = unstable_cache(listActors, ["actors:list"], options);
export const cachedGetActorBySlug = unstable_cache(getActorBySlug, ["actors:bySlug"], options);
export const cachedGetActorRecognitionRecord = unstable_cache(getActorRecognitionRecord, ["actors:recognition"], options);
export const cachedListActorSlugs = unstable_cache(listActorSlugs, ["actors:slugs"], options);
