// The archive's public reads, cached like the record's (flushed by the record generation: captures raise it).
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getPublicCapture } from "./reads";

const options = { tags: [RECORD_TAG], revalidate: 60 };

export const cachedGetPublicCapture = unstable_cache(getPublicCapture, ["archive:capture"], options);
