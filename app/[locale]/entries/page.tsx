import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { ActiveFilters } from "@/components/active-filters";
import { EntryCardView } from "@/components/entry-card";
import { EntryFilterForm } from "@/components/entry-filters";
import { FeedLinks } from "@/components/feed-links";
import { feedAlternates } from "@/components/feeds";
import { ParameterErrors } from "@/components/notice";
import { Pagination } from "@/components/pagination";
import { describeFilters } from "@/components/view-title";
import { getLabels } from "@/lib/i18n/labels-server";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import {
  cachedCountPublishedEntries,
  cachedGetEntryFacets,
  cachedGetSearchHighlights,
  cachedListPublishedEntries,
} from "@/lib/entries/cached";
import { filtersToSearchParams, parseEntryFilters } from "@/lib/entries/filters";
import { redirect } from "next/navigation";
import { LISTING_KEYS, canonicalListingParams, knownParams, parseListingParams } from "@/lib/entries/listing-params";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const PAGE_SIZE = 20;

async function readView(params: Record<string, string | string[] | undefined>) {
  const parsed = parseEntryFilters(params);
  const listing = parseListingParams(params, parsed.filters);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...listing.errors];
  return { filters: parsed.filters, listing, errors, query: filtersToSearchParams(parsed.filters) };
}

export async function generateMetadata({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "entries" });
  const { filters, listing, errors, query } = await readView(await searchParams);
  const facets = await cachedGetEntryFacets();
  const title = describeFilters(filters, facets, await getLabels(), (k, v) => t(`view.${k}`, v));
  const canonical = canonicalListingParams(filters, listing, query);
  canonical.delete("sort");
  const description = t("list.description", { view: title.toLowerCase() });
  const path = canonical.size ? `/entries?${canonical}` : "/entries";
  return {
    title,
    description,
    alternates: { ...localeAlternates(locale, path), types: feedAlternates(title, query, locale) },
    openGraph: { title, description, type: "website", url: localizedPath(locale, path) },
    // Search results and views with bad parameters are for readers, not for search engines' indexes.
    robots: filters.q || errors.length ? { index: false, follow: true } : undefined,
  };
}

export default async function EntriesPage({ params: localeParams, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(localeParams);
  const t = await getTranslations("entries");
  const params = await searchParams;
  const { filters, listing, errors, query } = await readView(params);
  // A submitted form sends empty fields and its own order: answer with the view's one address (kept when a
  // parameter is bad, so the reader sees what was wrong with it).
  if (errors.length === 0) {
    const canonical = canonicalListingParams(filters, listing, query);
    if (knownParams(params, LISTING_KEYS).toString() !== canonical.toString()) redirect(localizedPath(locale, canonical.size ? `/entries?${canonical}` : "/entries"));
  }
  const [page, total, facets] = await Promise.all([
    cachedListPublishedEntries({ filters, cursor: listing.cursor, direction: listing.direction, order: listing.order, limit: PAGE_SIZE }),
    cachedCountPublishedEntries({ filters }),
    cachedGetEntryFacets(),
  ]);
  const highlights = filters.q ? await cachedGetSearchHighlights({ ids: page.items.map((e) => e.id), q: filters.q }) : null;
  const base = new URLSearchParams(query);
  if (filters.q && listing.order === "newest") base.set("sort", "newest");
  const title = describeFilters(filters, facets, await getLabels(), (k, v) => t(`view.${k}`, v));
  const sortHref = (sort: "relevance" | "newest") => {
    const p = new URLSearchParams(query);
    if (sort === "newest") p.set("sort", "newest");
    return `/entries?${p}`;
  };

  return (
    <div>
      <header className="border-b border-rule pb-5">
        <p className="label">{t("list.eyebrow")}</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{filters.q ? t("list.searchHeading") : t("list.heading")}</h1>
        <p className="mt-2 max-w-prose font-serif text-muted">
          {t("list.lede")}
        </p>
      </header>
      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-12">
        <aside aria-label={t("list.filters")} className="lg:border-r lg:border-rule lg:pr-8">
          <EntryFilterForm filters={filters} facets={facets} order={listing.order} />
        </aside>
        <section aria-labelledby="results-heading">
          <ParameterErrors errors={errors} />
          <ActiveFilters filters={filters} facets={facets} />
          <div className="mt-3 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b border-ink pb-2">
            <h2 id="results-heading" className="font-sans text-sm font-semibold" aria-live="polite">
              {t("list.count", { count: total })}
              {filters.q && listing.order === "relevance" ? t("list.byRelevance") : t("list.byDate")}
              <span className="sr-only">: {title}</span>
            </h2>
            {filters.q ? (
              <p className="no-print font-sans text-sm">
                {t("list.order")}{" "}
                {listing.order === "relevance" ? <strong>{t("list.relevance")}</strong> : <Link href={sortHref("relevance")}>{t("list.relevance")}</Link>}
                {" · "}
                {listing.order === "newest" ? <strong>{t("list.newest")}</strong> : <Link href={sortHref("newest")}>{t("list.newest")}</Link>}
              </p>
            ) : null}
          </div>
          {page.items.length === 0 ? (
            <div className="py-12">
              <p className="font-serif text-2xl font-bold">{t("list.emptyHeading")}</p>
              <p className="mt-2 max-w-prose font-serif text-muted">
                {t("list.emptyText", { view: title })}
              </p>
              <p className="mt-4 font-sans">
                <Link href="/entries" className="button button-quiet">
                  {t("list.showAll")}
                </Link>
              </p>
            </div>
          ) : (
            <div>
              {page.items.map((entry) => (
                <EntryCardView key={entry.id} entry={entry} highlight={highlights?.get(entry.id)} />
              ))}
            </div>
          )}
          <Pagination
            path="/entries"
            base={base}
            prevCursor={page.prevCursor}
            nextCursor={page.nextCursor}
            isFirst={!listing.cursor}
            newerLabel={listing.order === "relevance" ? t("list.previous") : undefined}
            olderLabel={listing.order === "relevance" ? t("list.more") : undefined}
          />
          <div className="mt-8 border-t border-rule pt-4">
            <FeedLinks query={query} />
          </div>
        </section>
      </div>
    </div>
  );
}
