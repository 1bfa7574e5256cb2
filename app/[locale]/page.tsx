import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InLanguageText } from "@/components/in-language";
import { entryTitle } from "@/lib/i18n/content";
import { LOCALE_TAG } from "@/lib/i18n/locales";
import { localeAlternates, pageLocale, type LocaleParams } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import Link from "@/components/locale-link";
import { actorName } from "@/lib/i18n/content";
import { EntryCardView } from "@/components/entry-card";
import { feedAlternates } from "@/components/feeds";
import { JsonLd } from "@/components/json-ld";
import { getLabels } from "@/lib/i18n/labels-server";
import { PartialDateText } from "@/components/partial-date";
import { ENTRY_KINDS } from "@/lib/domain";
import { cachedGetEntryFacets, cachedGetRecordFigures, cachedListPublishedEntries } from "@/lib/entries/cached";
import { RECORD_NAME } from "@/lib/entries/cite-text";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  const th = await getTranslations({ locale, namespace: "home" });
  // English keeps the record's name as citations give it (RECORD_NAME); the others use the catalogue's.
  const name = locale === "en" ? RECORD_NAME : t("siteName");
  return {
    title: { absolute: name },
    description: t("siteDescription"),
    alternates: { ...localeAlternates(locale, "/"), types: feedAlternates(th("feedTitle"), undefined, locale) },
    openGraph: { title: name, description: t("siteDescription"), type: "website", url: localizedPath(locale, "/"), siteName: name },
  };
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const tag = LOCALE_TAG[locale];
  const labels = await getLabels();
  const t = await getTranslations("home");
  const tc = await getTranslations("common");
  const [{ items }, figures, facets] = await Promise.all([
    cachedListPublishedEntries({ limit: 8 }),
    cachedGetRecordFigures(),
    cachedGetEntryFacets(),
  ]);
  const siteUrl = getEnv().siteUrl;
  const topActors = [...facets.actors].filter((a) => a.kind !== "person" || a.count > 1).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 10);
  const maxYear = Math.max(1, ...facets.years.map((y) => y.count));
  const total = ENTRY_KINDS.reduce((n, k) => n + figures.entriesByKind[k], 0);

  return (
    <div>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: locale === "en" ? RECORD_NAME : tc("siteName"),
          url: `${siteUrl}${localizedPath(locale, "/")}`,
          description: tc("siteDescription"),
          inLanguage: locale,
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${siteUrl}${localizedPath(locale, "/entries")}?q={search_term_string}` },
            "query-input": "required name=search_term_string",
          },
        }}
      />
      <header className="max-w-4xl">
        <h1 className="font-serif text-[2rem] font-bold leading-[1.12] tracking-tight sm:text-5xl">
          {t("heading")}
        </h1>
        <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed text-muted sm:text-xl">
          {t("lede", { count: total })}
        </p>
      </header>

      <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="latest">
          <h2 id="latest" className="section-title">
            {t("latest")}
          </h2>
          {items.map((entry) => (
            <EntryCardView key={entry.id} entry={entry} headingLevel={3} />
          ))}
          <p className="mt-5 font-sans">
            <Link href="/entries" className="button button-quiet">
              {t("allEntries")} →
            </Link>
          </p>
        </section>

        <aside aria-label={t("glanceLabel")} className="space-y-10">
          <section aria-labelledby="figures">
            <h2 id="figures" className="section-title">
              {t("glance")}
            </h2>
            <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-5">
              {ENTRY_KINDS.map((kind) => (
                <div key={kind}>
                  <dt className="label">{labels.kindPlural[kind]}</dt>
                  <dd className="font-serif text-3xl font-bold tabular-nums">
                    <Link href={`/entries?kind=${kind}`} className="text-ink">
                      {figures.entriesByKind[kind].toLocaleString(tag)}
                    </Link>
                  </dd>
                </div>
              ))}
              <div>
                <dt className="label">{t("actors")}</dt>
                <dd className="font-serif text-3xl font-bold tabular-nums">
                  <Link href="/actors" className="text-ink">
                    {figures.actors.toLocaleString(tag)}
                  </Link>
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="label">{t("recognising")}</dt>
                <dd className="font-serif text-3xl font-bold tabular-nums">
                  <Link href="/recognition" className="text-ink">
                    {figures.recognisingJurisdictions}
                  </Link>
                </dd>
              </div>
              {figures.latestMeeting ? (
                <div className="col-span-2">
                  <dt className="label">{t("latestMeeting")}</dt>
                  <dd className="mt-1 font-serif leading-snug">
                    <Link href={`/entries/${figures.latestMeeting.slug}`}>
                      <InLanguageText value={entryTitle(figures.latestMeeting, locale)} />
                    </Link>{" "}
                    <span className="font-sans text-sm text-muted">
                      (<PartialDateText date={figures.latestMeeting.date} precision={figures.latestMeeting.datePrecision} qualifier={figures.latestMeeting.dateQualifier} />)
                    </span>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="by-actor">
            <h2 id="by-actor" className="section-title">
              {t("byActor")}
            </h2>
            <ul className="mt-2 font-sans text-sm">
              {topActors.map((a) => (
                <li key={a.slug} className="flex items-baseline justify-between gap-3 border-b border-rule py-1.5">
                  <Link href={`/actors/${a.slug}`} lang={actorName(a, locale).lang === locale ? undefined : "en"}>
                    {actorName(a, locale).text}
                  </Link>
                  <span className="tabular-nums text-muted">
                    {a.count.toLocaleString(tag)}
                    <span className="sr-only"> {t("entriesUnit", { count: a.count })}</span>
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-3 font-sans text-sm">
              <Link href="/actors">{t("allActors")} →</Link>
            </p>
          </section>

          <section aria-labelledby="by-year">
            <h2 id="by-year" className="section-title">
              {t("byYear")}
            </h2>
            <ul className="mt-3 space-y-1 font-sans text-sm">
              {facets.years.map((y) => (
                <li key={y.year} className="grid grid-cols-[3rem_minmax(0,1fr)_2.5rem] items-center gap-2">
                  <Link href={`/entries?year=${y.year}`} className="tabular-nums">
                    {y.year}
                  </Link>
                  <span aria-hidden="true" className="h-2.5 bg-ink/70" style={{ width: `${Math.max(2, (y.count / maxYear) * 100)}%` }} />
                  <span className="text-right tabular-nums text-muted">
                    {y.count.toLocaleString(tag)}
                    <span className="sr-only"> {t("entriesUnit", { count: y.count })}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="by-kind">
            <h2 id="by-kind" className="section-title">
              {t("waysIn")}
            </h2>
            <ul className="mt-3 space-y-2 font-sans text-sm">
              <li>
                <Link href="/recognition">{t("tracker")}</Link> — {t("trackerWhat")}
              </li>
              {ENTRY_KINDS.map((k) => (
                <li key={k}>
                  <Link href={`/entries?kind=${k}`}>{labels.kindPlural[k]}</Link>, {t("newestFirst")}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
