import { checkDatabase } from "@/lib/health";
import { responseCacheStats } from "@/lib/response-cache";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  // The response cache's counters under the production server (scripts/server.mjs), null elsewhere.
  return Response.json(
    { status: db ? "ok" : "error", db: db ? "ok" : "unavailable", responseCache: responseCacheStats() },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
