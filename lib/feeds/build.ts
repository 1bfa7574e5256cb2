// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published entries, through the `feed` library.
import "server-only";
import { Feed, type Category, type Item } from "feed";
import { actorName, entrySummary, entryTitle } from "@/lib/i18n/content";
import { feedTranslator, siteNameIn } from "@/lib/i18n/feed-words";
import { labelsFor } from "@/lib/i18n/labels-server";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { getRecordLastChange, listPublishedEntryDetails } from "@/lib/entries/details";
import type { EntryDetail } from "@/lib/entries/read-model";
import { filtersToSearchParams } from "@/lib/entries/filters";
import { FEED_DEFAULT_LIMIT, type FeedQuery } from "@/lib/api/params";
import { getPublicActorBySlug } from "@/lib/api/actors";
import { entryContentHtml } from "./content";
import { describeFilters } from "./describe";
import { escapeHtml, xmlSafe } from "./html";
import { SITE_NAME, absoluteUrl, entryUrl, withQuery } from "./urls";

export const FEED_FORMATS = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_PATH: Record<FeedFormat, string> = { rss: "/feed.xml", atom: "/feed.atom", json: "/feed.json" };

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

// Atom titles and summaries are declared type="html", and RSS readers treat them as HTML too, so both are
// escaped there; JSON Feed keeps plain text. "]]>" cannot end the CDATA section the library wraps them in.
function textFor(format: FeedFormat, text: string): string {
  return format === "json" ? text : escapeHtml(xmlSafe(text));
}

function htmlFor(format: FeedFormat, html: string): string {
  return format === "json" ? html : xmlSafe(html).replaceAll("]]>", "]]&gt;");
}

function categories(format: FeedFormat, entry: EntryDetail, locale: Locale): Category[] {
  const actorScheme = absoluteUrl("/actors");
  const list: Category[] = [
    { name: labelsFor(locale).kind[entry.kind], term: entry.kind },
    ...entry.tags.map((tag) => ({ name: tag, term: tag })),
    ...entry.actors.map((a) => ({ name: actorName(a, locale).text, term: a.slug, scheme: actorScheme, domain: actorScheme })),
  ];
  const seen = new Set<string>();
  return list
    .filter((c) => !seen.has(c.term!) && seen.add(c.term!))
    .map((c) => {
      if (format === "json") return c;
      const name = xmlSafe(c.name!);
      // The library writes Atom labels into an attribute without escaping "<"; such a label is left out.
      return { ...c, name: format === "atom" && name.includes("<") ? undefined : name };
    });
}

function item(format: FeedFormat, entry: EntryDetail, locale: Locale): Item {
  // The id is the entry's permanent address in every language; the link opens the page in the feed's language.
  const url = entryUrl(entry.slug);
  const summary = entrySummary(entry, locale).text;
  // Always the record, never an editor: this record's editors may be at risk for their work.
  const author = SITE_NAME;
  const published = entry.publishedAt ?? entry.updatedAt;
  return {
    id: url,
    link: locale === "en" ? url : absoluteUrl(localizedPath(locale, `/entries/${entry.slug}`)),
    title: textFor(format, entryTitle(entry, locale).text),
    description: summary ? textFor(format, summary) : undefined,
    content: htmlFor(format, entryContentHtml(entry, locale)),
    // The write path stamps publication in the application and updates in the database, a moment apart:
    // a feed never says an entry was updated before it was published.
    date: new Date(published > entry.updatedAt ? published : entry.updatedAt),
    published: new Date(published),
    category: categories(format, entry, locale),
    // RSS's <author> must be an e-mail address; the name goes in dc:creator there.
    ...(format === "rss"
      ? { extensions: [{ name: "dc:creator", objects: { _text: author } }] }
      : { author: [{ name: author }] }),
  };
}

/** The JSON Feed the library writes is version 1; 1.1 adds `authors` and `language` (and keeps `author` valid). */
function toJsonFeed11(json: string, locale: Locale): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const authors = (author: unknown) => (author ? { authors: [author] } : {});
  const { version: _v1, ...rest } = feed;
  const upgraded = {
    // First, as the spec asks, so a reader can tell the version before reading on.
    version: "https://jsonfeed.org/version/1.1",
    ...rest,
    language: locale,
    ...authors(feed.author),
    items: feed.items.map((i) => ({ ...i, language: locale, ...authors(i.author) })),
  };
  return JSON.stringify(upgraded, null, 2);
}

export async function buildFeed({ format, query, locale = "en" }: { format: FeedFormat; query: FeedQuery; locale?: Locale }): Promise<string> {
  const t = feedTranslator(locale);
  const siteName = locale === "en" ? SITE_NAME : siteNameIn(locale);
  const { filters, limit } = query;
  const [{ items }, lastChange, actor] = await Promise.all([
    listPublishedEntryDetails({ filters, limit }),
    getRecordLastChange(),
    filters.actor ? getPublicActorBySlug({ slug: filters.actor }) : null,
  ]);
  const named = actor && "actor" in actor ? actor.actor.name : null;
  const described = describeFilters(filters, named ? (named[locale] ?? named.en) : null, locale);
  const params = filtersToSearchParams(filters);
  if (limit !== FEED_DEFAULT_LIMIT) params.set("limit", String(limit));
  const feedLinks = {
    rss: absoluteUrl(localizedPath(locale, withQuery(FEED_PATH.rss, params))),
    atom: absoluteUrl(localizedPath(locale, withQuery(FEED_PATH.atom, params))),
    json: absoluteUrl(localizedPath(locale, withQuery(FEED_PATH.json, params))),
  };
  // Derived from the data, never the clock, so an unchanged record gives a byte-identical feed (and ETag).
  const newest = items.reduce<string | null>((max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max), null);
  const feed = new Feed({
    id: feedLinks[format],
    title: xmlSafe(described ? `${siteName}: ${described}` : siteName),
    description: xmlSafe(t("description", { view: described ?? t("describe.all"), site: siteName })),
    link: absoluteUrl(localizedPath(locale, withQuery("/entries", filtersToSearchParams(filters)))),
    language: locale,
    updated: new Date(newest ?? lastChange),
    generator: SITE_NAME,
    feedLinks,
    author: { name: SITE_NAME, link: absoluteUrl("/") },
  });
  for (const entry of items) feed.addItem(item(format, entry, locale));
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return toJsonFeed11(feed.json1(), locale);
}
