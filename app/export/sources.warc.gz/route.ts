// GET /export/sources.warc.gz — every public capture of a cited page in one WARC/1.1 file (docs/PROVENANCE.md).
import { preflight } from "@/lib/api/http";
import { recordWarcResponse } from "@/lib/archive/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return recordWarcResponse(request);
}

export function OPTIONS() {
  return preflight();
}
