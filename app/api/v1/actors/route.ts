// GET /api/v1/actors — actors, in slug order, cursor-paginated (docs/API.md).
import { preflight } from "@/lib/api/http";
import { actorListResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return actorListResponse(request);
}

export function OPTIONS() {
  return preflight();
}
