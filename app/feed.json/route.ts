// GET /feed.json — the newest published entries as JSON Feed 1.1; accepts the filters of /entries.
import { preflight } from "@/lib/api/http";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "json");
}

export function OPTIONS() {
  return preflight();
}
