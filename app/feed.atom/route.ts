// GET /feed.atom — the newest published entries as Atom 1.0; accepts the filters of /entries.
import { preflight } from "@/lib/api/http";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "atom");
}

export function OPTIONS() {
  return preflight();
}
