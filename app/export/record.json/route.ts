// GET /export/record.json — the whole published record as JSON, in the format the import reads (docs/API.md).
import { preflight } from "@/lib/api/http";
import { exportResponse } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportResponse(request, "record.json");
}

export function OPTIONS() {
  return preflight();
}
