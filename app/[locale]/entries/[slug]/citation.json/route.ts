// GET /entries/{slug}/citation.json — how to cite the entry, as CSL-JSON.
import { citationResponse } from "@/lib/api/citation";
import { preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return citationResponse(request, (await params).slug, "csl-json");
}

export function OPTIONS() {
  return preflight();
}
