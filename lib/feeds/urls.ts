// The site's name and the absolute addresses feeds, the API, exports and citations give out, all from SITE_URL.
import { getEnv } from "@/lib/env";

export const SITE_NAME = "Artsakh Foreign Relations Record";

export function absoluteUrl(pathAndQuery: string): string {
  return `${getEnv().siteUrl}${pathAndQuery.startsWith("/") ? "" : "/"}${pathAndQuery}`;
}

/** An entry's permanent address: also its id in every feed, so it must not depend on anything but the slug. */
export function entryUrl(slug: string): string {
  return absoluteUrl(`/entries/${slug}`);
}

export function actorUrl(slug: string): string {
  return absoluteUrl(`/actors/${slug}`);
}

/** `path?query` when the query is not empty. */
export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
