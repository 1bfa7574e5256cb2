// GET /archive/<capture>/copy — the cited page as captured, sandboxed: no script runs, nothing loads (proxy.ts).
import { archivedCopyResponse } from "@/lib/archive/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return archivedCopyResponse(request, (await params).id);
}
