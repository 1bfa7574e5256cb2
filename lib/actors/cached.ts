// Cached reads of actors (tag `record`, like every public read).
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getActorBySlug, getActorRecognitionEvents, listActorSlugs, listActors } from "./queries";

const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedListActors = unstable_cache(listActors, ["actors:list"], options);
export const cachedGetActorBySlug = unstable_cache(getActorBySlug, ["actors:bySlug"], options);
export const cachedGetActorRecognitionEvents = unstable_cache(getActorRecognitionEvents, ["actors:recognition"], options);
export const cachedListActorSlugs = unstable_cache(listActorSlugs, ["actors:slugs"], options);
