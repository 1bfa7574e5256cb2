// GET /archive/<capture>/warc — one capture as a WARC/1.1 file (docs/PROVENANCE.md).
import { captureWarcResponse } from "@/lib/archive/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return captureWarcResponse(request, (await params).id);
}
