// GET /api/v1/entries — published entries with the filters of /entries, cursor-paginated (docs/API.md).
import { preflight } from "@/lib/api/http";
import { entryListResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return entryListResponse(request);
}

export function OPTIONS() {
  return preflight();
}
