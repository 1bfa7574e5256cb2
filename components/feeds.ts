// Addresses of the feeds (served by the feed routes) for a view's filters, and the <link rel="alternate"> metadata.
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_PATH: Record<FeedFormat, string> = { rss: "/feed.xml", atom: "/feed.atom", json: "/feed.json" };
export const FEED_LABEL: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };
const FEED_TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** The feed of a view carries the view's filters, so a subscription follows exactly what the reader sees. */
export function feedUrl(format: FeedFormat, query?: URLSearchParams, locale: Locale = "en"): string {
  const qs = query?.toString();
  return localizedPath(locale, qs ? `${FEED_PATH[format]}?${qs}` : FEED_PATH[format]);
}

export function feedAlternates(title: string, query?: URLSearchParams, locale: Locale = "en"): NonNullable<Metadata["alternates"]>["types"] {
  return Object.fromEntries(
    (Object.keys(FEED_PATH) as FeedFormat[]).map((f) => [FEED_TYPE[f], [{ url: feedUrl(f, query, locale), title: `${title} (${FEED_LABEL[f]})` }]]),
  );
}
