// GET /api/v1 — where the API's endpoints and documents are.
import { CORS_HEADERS, preflight } from "@/lib/api/http";
import { absoluteUrl } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

export function GET() {
  const at = (path: string) => absoluteUrl(`/api/v1${path}`);
  return Response.json(
    {
      entries: at("/entries"),
      entry: at("/entries/{slug}"),
      actors: at("/actors"),
      actor: at("/actors/{slug}"),
      openapi: at("/openapi.json"),
    },
    { headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=3600" } },
  );
}

export function OPTIONS() {
  return preflight();
}
