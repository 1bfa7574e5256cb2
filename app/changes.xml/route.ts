// GET /changes.xml — the public corrections log as RSS 2.0, newest first.
import { cachedBuildChangesFeed, cachedRecordLastChange } from "@/lib/api/cached";
import { preflight, respondWith } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const [body, lastChange] = await Promise.all([cachedBuildChangesFeed(), cachedRecordLastChange()]);
  return respondWith(request, body, { contentType: "application/rss+xml; charset=utf-8", lastModified: new Date(lastChange) });
}

export function OPTIONS() {
  return preflight();
}
