// GET /api/v1/entries/{slug} — one published entry with its actors and sources.
import { preflight } from "@/lib/api/http";
import { entryResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return entryResponse(request, (await params).slug);
}

export function OPTIONS() {
  return preflight();
}
