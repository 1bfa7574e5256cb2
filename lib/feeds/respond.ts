// The answer of /feed.xml, /feed.atom and /feed.json: filters checked, the cached feed, 304 when unchanged.
import "server-only";
import { cachedBuildFeed, cachedRecordLastChange } from "@/lib/api/cached";
import { badParameters, respondWith } from "@/lib/api/http";
import { parseFeedQuery } from "@/lib/api/params";
import { requestedLocale } from "@/lib/i18n/request-locale";
import { FEED_CONTENT_TYPE, type FeedFormat } from "./build";

export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const query = parseFeedQuery(new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.errors);
  const locale = requestedLocale(request);
  if (!locale.ok) return badParameters([locale.error]);
  const [body, lastChange] = await Promise.all([
    cachedBuildFeed({ format, query: query.value, locale: locale.value }),
    cachedRecordLastChange(),
  ]);
  return respondWith(request, body, { contentType: FEED_CONTENT_TYPE[format], lastModified: new Date(lastChange) });
}
