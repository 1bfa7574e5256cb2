// Cached reads for the recognition tracker (tag `record`, like every public read).
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getMapData, getRecognitionSummary, listRecognitionEvents } from "./queries";
import { shadeMaps } from "./shading";

const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedListRecognitionEvents = unstable_cache(listRecognitionEvents, ["recognition:list"], options);
export const cachedGetRecognitionSummary = unstable_cache(getRecognitionSummary, ["recognition:summary"], options);
const cachedGetMapData = unstable_cache(getMapData, ["recognition:map"], options);

/** The maps' colours; computed from the cached data (Maps and Sets do not survive the cache's JSON). */
export async function getMapShading(asOf: string | null = null) {
  return shadeMaps(await cachedGetMapData(asOf));
}
