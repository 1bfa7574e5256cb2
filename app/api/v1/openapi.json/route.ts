// GET /api/v1/openapi.json — the OpenAPI 3.1 description of the API.
import { preflight, respondWith } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

const BUILT = new Date();

export function GET(request: Request) {
  return respondWith(request, JSON.stringify(openApiDocument(), null, 2), {
    contentType: "application/json; charset=utf-8",
    lastModified: BUILT,
    cacheControl: "public, max-age=3600",
  });
}

export function OPTIONS() {
  return preflight();
}
