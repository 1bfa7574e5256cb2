// GET /export/record.zip — the whole published record as the three CSV tables in one zip (docs/API.md).
import { preflight } from "@/lib/api/http";
import { exportResponse } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportResponse(request, "record.zip");
}

export function OPTIONS() {
  return preflight();
}
