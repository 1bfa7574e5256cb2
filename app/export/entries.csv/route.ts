// GET /export/entries.csv — the whole published record as a CSV table (entries) (docs/API.md).
import { preflight } from "@/lib/api/http";
import { exportResponse } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportResponse(request, "entries.csv");
}

export function OPTIONS() {
  return preflight();
}
