// One tag for everything the public reads, so a publish, edit or delete shows everywhere at once.
import "server-only";
import { revalidateTag } from "next/cache";

export const RECORD_TAG = "record";

export function revalidateRecord(): void {
  revalidateTag(RECORD_TAG, { expire: 0 });
}
