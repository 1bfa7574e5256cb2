import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InLanguageText } from "@/components/in-language";
import { entrySummary, entryTitle } from "@/lib/i18n/content";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { CiteEntry } from "@/components/cite-entry";
import { EntryFacts } from "@/components/entry-facts";
import { EntrySpecifics } from "@/components/entry-specifics";
import { JsonLd } from "@/components/json-ld";
import { getLabels } from "@/lib/i18n/labels-server";
import { PartialDateText } from "@/components/partial-date";
import { Discrepancies } from "@/components/discrepancies";
import { SourceList } from "@/components/source-list";
import { SourcingBadges } from "@/components/sourcing-badge";
import { slugSchema } from "@/lib/domain";
import { cachedGetPublishedEntryBySlug, cachedGetRelatedEntries } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";
import { entryJsonLd } from "@/lib/entries/json-ld";
import { getEnv } from "@/lib/env";
import { renderMarkdown } from "@/lib/markdown";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string; locale: string }>;

async function localeOf(params: Params) {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

async function load(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  return cachedGetPublishedEntryBySlug({ slug });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const labels = await getLabels();
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "entries" });
  const entry = await load((await params).slug);
  if (!entry) return { title: t("page.notFound"), robots: { index: false } };
  const path = `/entries/${entry.slug}`;
  const title = entryTitle(entry, locale).text;
  const summary = entrySummary(entry, locale).text;
  return {
    title,
    description: summary || undefined,
    alternates: localeAlternates(locale, path),
    openGraph: {
      type: "article",
      url: localizedPath(locale, path),
      title,
      description: summary || undefined,
      section: labels.kindPlural[entry.kind],
      tags: entry.tags,
      publishedTime: entry.publishedAt ?? undefined,
      modifiedTime: entry.updatedAt,
    },
    twitter: { card: "summary", title, description: summary || undefined },
  };
}

export default async function EntryPage({ params }: { params: Params }) {
  const labels = await getLabels();
  const locale = await localeOf(params);
  const t = await getTranslations("entries.page");
  const entry = await load((await params).slug);
  if (!entry) notFound();
  // Content the editors wrote in English only (body, correction note) says so on the other languages' pages.
  const english = locale === "en" ? undefined : "en";
  const siteUrl = getEnv().siteUrl;
  const related = await cachedGetRelatedEntries({ id: entry.id, limit: 5 });
  // The English page shows the translations beside the original; the others show the entry in their language.
  const translations = locale !== "en" ? [] : (["hy", "ru"] as const).flatMap((lang) => {
    const tr = entry.translations[lang];
    return tr && (tr.title || tr.summary) ? [{ lang, ...tr }] : [];
  });
  const summary = entrySummary(entry, locale);

  return (
    <article className="mx-auto max-w-5xl">
      <JsonLd data={entryJsonLd(entry, siteUrl, locale)} />
      <nav aria-label={t("breadcrumb")} className="no-print label">
        <Link href="/entries">{t("entries")}</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/entries?kind=${entry.kind}`}>{labels.kindPlural[entry.kind]}</Link>
      </nav>
      <header className="mt-4 border-b border-rule pb-6">
        <p className="label">
          {labels.kind[entry.kind]}
          <span aria-hidden="true"> · </span>
          <PartialDateText
            date={entry.date}
            precision={entry.datePrecision}
            qualifier={entry.dateQualifier}
            reportedIn={entry.sources[0] ? [entry.sources[0].title, entry.sources[0].publisher].filter(Boolean).join(", ") : null}
          />
          {entry.place ? (
            <>
              <span aria-hidden="true"> · </span>
              <span lang={english}>{entry.place}</span>
            </>
          ) : null}
        </p>
        <h1 className="mt-2 max-w-[30ch] font-serif text-3xl font-bold leading-[1.15] tracking-tight sm:text-[2.6rem]">
          <InLanguageText value={entryTitle(entry, locale)} />
        </h1>
        <SourcingBadges entry={entry} />
        {summary.text ? (
          <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed text-muted sm:text-xl">
            <InLanguageText value={summary} mark={false} />
          </p>
        ) : null}
        {translations.length > 0 ? (
          <div className="mt-5 space-y-3">
            {translations.map((tr) => (
              <div key={tr.lang} lang={tr.lang} className="max-w-[62ch] border-l-2 border-rule pl-3">
                <p className="label" lang="en">
                  {labels.language[tr.lang]}
                </p>
                {tr.title ? <p className="font-serif font-bold leading-snug">{tr.title}</p> : null}
                {tr.summary ? <p className="mt-1 font-serif text-[0.95rem] leading-relaxed text-muted">{tr.summary}</p> : null}
              </div>
            ))}
          </div>
        ) : null}
        <p className="mt-5 font-sans text-xs text-muted">
          {entry.publishedAt ? <>{t("published", { date: formatDay(entry.publishedAt, locale) })} </> : null}
          {/* Russian dates end in "г.", whose point also ends the sentence: the catalogue places the punctuation. */}
          {t.rich("updated", {
            date: formatDay(entry.updatedAt, locale),
            time: (chunks) => <time dateTime={entry.updatedAt}>{chunks}</time>,
          })}
        </p>
        {entry.correctedAt ? (
          <div role="note" aria-label={t("correction")} className="mt-4 max-w-[62ch] border-l-4 border-accent bg-panel px-4 py-3 font-sans text-sm">
            <p className="font-semibold">{t("corrected", { date: formatDay(entry.correctedAt, locale) })}</p>
            {entry.correctionNote ? <p className="mt-1" lang={english}>{entry.correctionNote}</p> : null}
          </div>
        ) : null}
      </header>

      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          {entry.body ? <div className="prose-record print-urls" lang={english} dangerouslySetInnerHTML={{ __html: renderMarkdown(entry.body) }} /> : null}
          <EntrySpecifics entry={entry} />
        </div>
        <aside aria-label={t("facts")} className="lg:border-l lg:border-rule lg:pl-6">
          <EntryFacts entry={entry} />
        </aside>
      </div>

      <Discrepancies discrepancies={entry.discrepancies} sources={entry.sources} />
      <SourceList sources={entry.sources} />
      <CiteEntry entry={entry} url={`${siteUrl}${localizedPath(locale, `/entries/${entry.slug}`)}`} />

      {related.length > 0 ? (
        <section aria-labelledby="related" className="no-print mt-12">
          <h2 id="related" className="section-title">
            {t("related")}
          </h2>
          <ul className="mt-2">
            {related.map((r) => (
              <li key={r.slug} className="border-b border-rule py-3">
                <p className="label">
                  {labels.kind[r.kind]} · <PartialDateText date={r.date} precision={r.datePrecision} qualifier={r.dateQualifier} />
                </p>
                <Link href={`/entries/${r.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
                  <InLanguageText value={entryTitle(r, locale)} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
