// GET /recognition/maps/world.svg, /recognition/maps/us-states.svg — the tracker's maps as SVG documents,
// framed by /recognition (proxy.ts lets this page, and only these documents, be framed by the site itself).
import { cachedRecordLastChange } from "@/lib/api/cached";
import { badParameters, notFound, respondWith } from "@/lib/api/http";
import { parseAsOf } from "@/lib/entries/as-of";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { cachedGetMapDocument, isMapName } from "@/lib/recognition/map-documents";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; map: string }> }) {
  // The language of the URL (/hy/recognition/maps/world.svg), never of the request's headers: cached by URL.
  const { locale: segment } = await params;
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const name = (await params).map.replace(/\.svg$/, "");
  if (!isMapName(name) || !(await params).map.endsWith(".svg")) return notFound("No such map: try world.svg or us-states.svg.");
  const asOf = parseAsOf({ as_of: new URL(request.url).searchParams.get("as_of") ?? undefined });
  if (!asOf.ok) return badParameters([{ parameter: "as_of", message: asOf.message }]);
  const [body, lastChange] = await Promise.all([cachedGetMapDocument(name, asOf.asOf, locale), cachedRecordLastChange()]);
  return respondWith(request, body, { contentType: "image/svg+xml; charset=utf-8", lastModified: new Date(lastChange) });
}
