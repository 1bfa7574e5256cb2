// GET /feed.xml — the newest published entries as RSS 2.0; accepts the filters of /entries.
import { preflight } from "@/lib/api/http";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "rss");
}

export function OPTIONS() {
  return preflight();
}
