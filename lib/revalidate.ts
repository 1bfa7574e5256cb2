// One tag for everything the public reads, so a publish, edit or delete shows everywhere at once.
import "server-only";
import { revalidateTag } from "next/cache";
import { invalidateResponseCache } from "@/lib/response-cache";

export const RECORD_TAG = "record";

/** The data cache's tag and the server's full-response cache: both would otherwise serve the old record. */
export function revalidateRecord(): void {
  revalidateTag(RECORD_TAG, { expire: 0 });
  invalidateResponseCache("write");
}
