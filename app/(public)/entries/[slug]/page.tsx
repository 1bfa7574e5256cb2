import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteEntry } from "@/components/cite-entry";
import { EntryFacts } from "@/components/entry-facts";
import { EntrySpecifics } from "@/components/entry-specifics";
import { JsonLd } from "@/components/json-ld";
import { getLabels } from "@/lib/i18n/labels-server";
import { PartialDateText } from "@/components/partial-date";
import { SourceList } from "@/components/source-list";
import { slugSchema } from "@/lib/domain";
import { cachedGetPublishedEntryBySlug, cachedGetRelatedEntries } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";
import { entryJsonLd } from "@/lib/entries/json-ld";
import { getEnv } from "@/lib/env";
import { renderMarkdown } from "@/lib/markdown";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  return cachedGetPublishedEntryBySlug({ slug });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const labels = await getLabels();
  const entry = await load((await params).slug);
  if (!entry) return { title: "Entry not found", robots: { index: false } };
  const url = `/entries/${entry.slug}`;
  return {
    title: entry.title,
    description: entry.summary || undefined,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: entry.title,
      description: entry.summary || undefined,
      section: labels.kindPlural[entry.kind],
      tags: entry.tags,
      publishedTime: entry.publishedAt ?? undefined,
      modifiedTime: entry.updatedAt,
    },
    twitter: { card: "summary", title: entry.title, description: entry.summary || undefined },
  };
}

export default async function EntryPage({ params }: { params: Params }) {
  const labels = await getLabels();
  const entry = await load((await params).slug);
  if (!entry) notFound();
  const siteUrl = getEnv().siteUrl;
  const related = await cachedGetRelatedEntries({ id: entry.id, limit: 5 });
  const translations = (["hy", "ru"] as const).flatMap((lang) => {
    const t = entry.translations[lang];
    return t && (t.title || t.summary) ? [{ lang, ...t }] : [];
  });

  return (
    <article className="mx-auto max-w-5xl">
      <JsonLd data={entryJsonLd(entry, siteUrl)} />
      <nav aria-label="Breadcrumb" className="no-print label">
        <Link href="/entries">Entries</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/entries?kind=${entry.kind}`}>{labels.kindPlural[entry.kind]}</Link>
      </nav>
      <header className="mt-4 border-b border-rule pb-6">
        <p className="label">
          {labels.kind[entry.kind]}
          <span aria-hidden="true"> · </span>
          <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
          {entry.place ? (
            <>
              <span aria-hidden="true"> · </span>
              {entry.place}
            </>
          ) : null}
        </p>
        <h1 className="mt-2 max-w-[30ch] font-serif text-3xl font-bold leading-[1.15] tracking-tight sm:text-[2.6rem]">{entry.title}</h1>
        {entry.summary ? <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed text-muted sm:text-xl">{entry.summary}</p> : null}
        {translations.length > 0 ? (
          <div className="mt-5 space-y-3">
            {translations.map((t) => (
              <div key={t.lang} lang={t.lang} className="max-w-[62ch] border-l-2 border-rule pl-3">
                <p className="label" lang="en">
                  {labels.language[t.lang]}
                </p>
                {t.title ? <p className="font-serif font-bold leading-snug">{t.title}</p> : null}
                {t.summary ? <p className="mt-1 font-serif text-[0.95rem] leading-relaxed text-muted">{t.summary}</p> : null}
              </div>
            ))}
          </div>
        ) : null}
        <p className="mt-5 font-sans text-xs text-muted">
          {entry.publishedAt ? <>Published {formatDay(entry.publishedAt)}. </> : null}
          Last updated <time dateTime={entry.updatedAt}>{formatDay(entry.updatedAt)}</time>.
        </p>
        {entry.correctedAt ? (
          <div role="note" aria-label="Correction" className="mt-4 max-w-[62ch] border-l-4 border-accent bg-panel px-4 py-3 font-sans text-sm">
            <p className="font-semibold">Corrected on {formatDay(entry.correctedAt)}</p>
            {entry.correctionNote ? <p className="mt-1">{entry.correctionNote}</p> : null}
          </div>
        ) : null}
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          {entry.body ? <div className="prose-record print-urls" dangerouslySetInnerHTML={{ __html: renderMarkdown(entry.body) }} /> : null}
          <EntrySpecifics entry={entry} />
        </div>
        <aside aria-label="Facts" className="lg:border-l lg:border-rule lg:pl-6">
          <EntryFacts entry={entry} />
        </aside>
      </div>

      <SourceList sources={entry.sources} />
      <CiteEntry entry={entry} url={`${siteUrl}/entries/${entry.slug}`} />

      {related.length > 0 ? (
        <section aria-labelledby="related" className="no-print mt-12">
          <h2 id="related" className="section-title">
            Related entries
          </h2>
          <ul className="mt-2">
            {related.map((r) => (
              <li key={r.slug} className="border-b border-rule py-3">
                <p className="label">
                  {labels.kind[r.kind]} · <PartialDateText date={r.date} precision={r.datePrecision} qualifier={r.dateQualifier} />
                </p>
                <Link href={`/entries/${r.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
