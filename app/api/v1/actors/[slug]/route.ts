// GET /api/v1/actors/{slug} — one actor.
import { preflight } from "@/lib/api/http";
import { actorResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return actorResponse(request, (await params).slug);
}

export function OPTIONS() {
  return preflight();
}
