// GET /export/sources.csv — the whole published record as a CSV table (sources) (docs/API.md).
import { preflight } from "@/lib/api/http";
import { exportResponse } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportResponse(request, "sources.csv");
}

export function OPTIONS() {
  return preflight();
}
