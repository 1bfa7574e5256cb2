// GET /recognition/maps/world.svg, /recognition/maps/us-states.svg — the tracker's maps as SVG documents,
// framed by /recognition (proxy.ts lets this page, and only these documents, be framed by the site itself).
import { cachedRecordLastChange } from "@/lib/api/cached";
import { notFound, respondWith } from "@/lib/api/http";
import { cachedGetMapDocument, isMapName } from "@/lib/recognition/map-documents";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ map: string }> }) {
  const name = (await params).map.replace(/\.svg$/, "");
  if (!isMapName(name) || !(await params).map.endsWith(".svg")) return notFound("No such map: try world.svg or us-states.svg.");
  const [body, lastChange] = await Promise.all([cachedGetMapDocument(name), cachedRecordLastChange()]);
  return respondWith(request, body, { contentType: "image/svg+xml; charset=utf-8", lastModified: new Date(lastChange) });
}
