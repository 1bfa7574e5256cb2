import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LOCALE_TAG } from "@/lib/i18n/locales";
import { localeAlternates, pageLocale, type LocaleParams } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import Link from "@/components/locale-link";
import { actorName } from "@/lib/i18n/content";
import { FeedLinks } from "@/components/feed-links";
import { feedAlternates } from "@/components/feeds";
import { getLabels } from "@/lib/i18n/labels-server";
import { MapLegend } from "@/components/map-legend";
import { ParameterErrors } from "@/components/notice";
import { MapFrame } from "@/components/map-frame";
import { RecognitionTable } from "@/components/recognition-table";
import { formatPartialDate } from "@/lib/dates";
import { RECOGNITION_ACTIONS, RECOGNITION_LEVELS } from "@/lib/domain";
import { cachedGetRecognitionSummary, cachedListRecognitionEvents, getMapShading } from "@/lib/recognition/cached";
import { CATEGORY_OF_ACTION } from "@/lib/recognition/categories";
import { RECOGNITION_KEYS, parseRecognitionQuery, recognitionSearchParams } from "@/lib/recognition/filters";
import { AsOfNotice } from "@/components/as-of-notice";
import { shadedWorldMap } from "@/lib/recognition/map-view";
import { knownParams } from "@/lib/entries/listing-params";
import { redirect } from "next/navigation";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const PAGE_SIZE = 50;
const FEED_QUERY = new URLSearchParams({ kind: "recognition" });

export async function generateMetadata({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "recognition.page" });
  const { query, errors } = parseRecognitionQuery(await searchParams);
  const canonical = recognitionSearchParams(query);
  const description = t("description");
  return {
    title: t("heading"),
    description,
    alternates: {
      ...localeAlternates(locale, canonical.size ? `/recognition?${canonical}` : "/recognition"),
      types: feedAlternates(t("feedTitle"), FEED_QUERY, locale),
    },
    openGraph: { title: t("heading"), description, type: "website", url: localizedPath(locale, "/recognition") },
    robots: errors.length ? { index: false, follow: true } : undefined,
  };
}

export default async function RecognitionPage({ params: localeParams, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(localeParams);
  const tag = LOCALE_TAG[locale];
  const t = await getTranslations("recognition.page");
  const tp = await getTranslations("provenance");
  const labels = await getLabels();
  const params = await searchParams;
  const { query, errors } = parseRecognitionQuery(params);
  if (errors.length === 0) {
    const canonical = recognitionSearchParams(query);
    if (knownParams(params, RECOGNITION_KEYS).toString() !== canonical.toString()) {
      redirect(localizedPath(locale, `/recognition${canonical.size ? `?${canonical}` : ""}#events`));
    }
  }
  const [{ rows, total }, summary, shading] = await Promise.all([
    cachedListRecognitionEvents({ query, pageSize: PAGE_SIZE }),
    cachedGetRecognitionSummary(query.asOf ?? null),
    getMapShading(query.asOf ?? null),
  ]);
  const world = shadedWorldMap(shading);
  const today = recognitionSearchParams({ ...query, asOf: undefined, page: 1 });
  const todayHref = `/recognition${today.size ? `?${today}` : ""}`;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (page: number) => {
    const p = recognitionSearchParams({ ...query, page });
    return `/recognition${p.size ? `?${p}` : ""}#events`;
  };
  const filterHref = (f: { action?: string; level?: string }) => {
    const p = recognitionSearchParams({ ...f, sort: query.sort, order: query.order, asOf: query.asOf } as Parameters<typeof recognitionSearchParams>[0]);
    return `/recognition${p.size ? `?${p}` : ""}#events`;
  };

  return (
    <div>
      <header className="border-b border-rule pb-6">
        <p className="label">{t("eyebrow")}</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 max-w-[62ch] font-serif text-lg leading-relaxed text-muted">
          {t("lede")}
        </p>
        <ParameterErrors errors={errors} />
        {query.asOf ? <AsOfNotice asOf={query.asOf} todayHref={todayHref} /> : null}
      </header>

      <section aria-labelledby="summary" className="mt-8">
        <h2 id="summary" className="section-title">
          {t("glance")}
        </h2>
        <div className="mt-4 grid gap-8 md:grid-cols-[1fr_2fr_1fr]">
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-1">
            <div>
              <dt className="label">{t("events")}</dt>
              <dd className="font-serif text-4xl font-bold tabular-nums">{summary.total.toLocaleString(tag)}</dd>
            </div>
            <div>
              <dt className="label">{t("jurisdictions")}</dt>
              <dd className="font-serif text-4xl font-bold tabular-nums">{summary.jurisdictions.toLocaleString(tag)}</dd>
            </div>
          </dl>
          {/* The filters are not prefetched: ten views at once (two requests each, parsed on the main thread as the
              page starts) for a reader who opens one at most; a click fetches its view. */}
          <div>
            <h3 className="label">{t("byAction")}</h3>
            <ul className="mt-2 font-sans text-sm">
              {summary.byAction.map((a) => (
                <li key={a.action} className="flex items-center justify-between gap-3 border-b border-rule py-1.5">
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className={`inline-block h-3 w-3 shrink-0 swatch-${CATEGORY_OF_ACTION[a.action]}`} />
                    {a.count > 0 ? <Link href={filterHref({ action: a.action })} prefetch={false}>{labels.action[a.action]}</Link> : <span className="text-muted">{labels.action[a.action]}</span>}
                  </span>
                  <span className="tabular-nums">{a.count}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="label">{t("byLevel")}</h3>
            <ul className="mt-2 font-sans text-sm">
              {summary.byLevel.map((l) => (
                <li key={l.level} className="flex justify-between gap-3 border-b border-rule py-1.5">
                  {l.count > 0 ? <Link href={filterHref({ level: l.level })} prefetch={false}>{labels.level[l.level]}</Link> : <span className="text-muted">{labels.level[l.level]}</span>}
                  <span className="tabular-nums">{l.count}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="maps" className="mt-12">
        <h2 id="maps" className="section-title">
          {t("maps")}
        </h2>
        <div className="mt-5 grid gap-10 xl:grid-cols-[3fr_2fr]">
          <figure aria-labelledby="world-caption">
            <MapFrame name="world" asOf={query.asOf} />
            <figcaption id="world-caption" className="mt-2 font-sans text-sm text-muted">
              <strong className="text-ink">{t("worldTitle")}</strong> {t("worldCaption")}
              {world.unmapped.length > 0 ? (
                <>
                  {" "}{t("unmapped")}{" "}
                  {world.unmapped.map((u, i) => (
                    <span key={u.slug}>
                      {i > 0 ? "; " : null}
                      <Link href={`/actors/${u.slug}`} lang={actorName(u.shade.actor, locale).lang === locale ? undefined : "en"}>
                        {actorName(u.shade.actor, locale).text}
                      </Link> ({labels.action[u.shade.event.action].toLowerCase()},{" "}
                      {formatPartialDate(u.shade.event.date, u.shade.event.datePrecision, u.shade.event.dateQualifier, locale)})
                    </span>
                  ))}
                  .
                </>
              ) : null}
            </figcaption>
          </figure>
          <figure aria-labelledby="us-caption">
            <MapFrame name="us-states" asOf={query.asOf} />
            <figcaption id="us-caption" className="mt-2 font-sans text-sm text-muted">
              <strong className="text-ink">{t("usTitle")}</strong> {t("usCaption")}
            </figcaption>
          </figure>
        </div>
        <div className="mt-6 border-t border-rule pt-4">
          <MapLegend />
        </div>
      </section>

      <section aria-labelledby="events" className="mt-12 scroll-mt-4">
        <h2 id="events" className="section-title">
          {t("every")}
        </h2>
        <form method="get" action={localizedPath(locale, "/recognition#events")} aria-label={t("filter")} className="no-print mt-4 flex flex-wrap items-end gap-4 font-sans text-sm">
          <div className="flex min-w-[12rem] flex-1 flex-col gap-1 sm:flex-none">
            <label htmlFor="filter-action" className="font-semibold">
              {t("action")}
            </label>
            <select id="filter-action" name="action" defaultValue={query.action ?? ""} className="field">
              <option value="">{t("allActions")}</option>
              {RECOGNITION_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {labels.action[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-[10rem] flex-1 flex-col gap-1 sm:flex-none">
            <label htmlFor="filter-level" className="font-semibold">
              {t("level")}
            </label>
            <select id="filter-level" name="level" defaultValue={query.level ?? ""} className="field">
              <option value="">{t("allLevels")}</option>
              {RECOGNITION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {labels.level[l]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-[10rem] flex-1 flex-col gap-1 sm:flex-none">
            <label htmlFor="filter-as-of" className="font-semibold">
              {tp("asOf.label")}
            </label>
            <input id="filter-as-of" name="as_of" type="date" min="1900-01-01" defaultValue={query.asOf ?? ""} className="field" />
          </div>
          {query.sort !== "date" ? <input type="hidden" name="sort" value={query.sort} /> : null}
          <button type="submit" className="button">
            {t("apply")}
          </button>
          {query.action || query.level ? <Link href="/recognition#events">{t("showAll")}</Link> : null}
        </form>
        <p className="mt-4 font-sans text-sm" aria-live="polite">
          {t("count", { count: total })}
          {query.action ? ` · ${labels.action[query.action]}` : ""}
          {query.level ? ` · ${t("atLevel", { level: labels.level[query.level] })}` : ""}
          {pages > 1 ? ` · ${t("pageOf", { page: query.page, pages })}` : ""}
        </p>
        {rows.length === 0 ? (
          <div className="py-8">
            <p className="font-serif text-xl font-bold">{t("empty")}</p>
            <p className="mt-2 font-sans text-sm">
              <Link href="/recognition#events">{t("showEvery")}</Link>
            </p>
          </div>
        ) : (
          <div className="mt-3">
            <RecognitionTable rows={rows} query={query} />
          </div>
        )}
        {pages > 1 ? (
          <nav aria-label={t("pagination")} className="no-print mt-6 flex justify-between font-sans text-sm">
            {query.page > 1 ? <Link href={pageHref(query.page - 1)} rel="prev">← {t("previousPage")}</Link> : <span />}
            {query.page < pages ? <Link href={pageHref(query.page + 1)} rel="next">{t("nextPage")} →</Link> : null}
          </nav>
        ) : null}
        <div className="mt-6 border-t border-rule pt-4">
          <FeedLinks query={FEED_QUERY} label={t("follow")} />
        </div>
      </section>
    </div>
  );
}
