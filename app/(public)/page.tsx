import type { Metadata } from "next";
import Link from "next/link";
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

const DESCRIPTION =
  "A cited record of the foreign relations of the Republic of Artsakh (Nagorno-Karabakh): statements, meetings and recognition events, each tied to its sources.";

export const metadata: Metadata = {
  title: { absolute: RECORD_NAME },
  description: DESCRIPTION,
  alternates: { canonical: "/", types: feedAlternates("Latest entries") },
  openGraph: { title: RECORD_NAME, description: DESCRIPTION, type: "website", url: "/", siteName: RECORD_NAME },
};

export default async function HomePage() {
  const labels = await getLabels();
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
          name: RECORD_NAME,
          url: siteUrl,
          description: DESCRIPTION,
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${siteUrl}/entries?q={search_term_string}` },
            "query-input": "required name=search_term_string",
          },
        }}
      />
      <header className="max-w-4xl">
        <h1 className="font-serif text-[2rem] font-bold leading-[1.12] tracking-tight sm:text-5xl">
          The foreign relations of Artsakh, on the record
        </h1>
        <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed text-muted sm:text-xl">
          {total.toLocaleString("en")} statements, meetings and recognition events of the Republic of Artsakh
          (Nagorno-Karabakh), 1991–2024 — each dated at the precision its source gives, attributed, and tied to the
          sources it comes from.
        </p>
      </header>

      <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="latest">
          <h2 id="latest" className="section-title">
            Latest entries
          </h2>
          {items.map((entry) => (
            <EntryCardView key={entry.id} entry={entry} headingLevel={3} />
          ))}
          <p className="mt-5 font-sans">
            <Link href="/entries" className="button button-quiet">
              All entries →
            </Link>
          </p>
        </section>

        <aside aria-label="The record at a glance" className="space-y-10">
          <section aria-labelledby="figures">
            <h2 id="figures" className="section-title">
              At a glance
            </h2>
            <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-5">
              {ENTRY_KINDS.map((kind) => (
                <div key={kind}>
                  <dt className="label">{labels.kindPlural[kind]}</dt>
                  <dd className="font-serif text-3xl font-bold tabular-nums">
                    <Link href={`/entries?kind=${kind}`} className="text-ink">
                      {figures.entriesByKind[kind].toLocaleString("en")}
                    </Link>
                  </dd>
                </div>
              ))}
              <div>
                <dt className="label">Actors</dt>
                <dd className="font-serif text-3xl font-bold tabular-nums">
                  <Link href="/actors" className="text-ink">
                    {figures.actors.toLocaleString("en")}
                  </Link>
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="label">Jurisdictions that recognised Artsakh</dt>
                <dd className="font-serif text-3xl font-bold tabular-nums">
                  <Link href="/recognition" className="text-ink">
                    {figures.recognisingJurisdictions}
                  </Link>
                </dd>
              </div>
              {figures.latestMeeting ? (
                <div className="col-span-2">
                  <dt className="label">Latest meeting</dt>
                  <dd className="mt-1 font-serif leading-snug">
                    <Link href={`/entries/${figures.latestMeeting.slug}`}>{figures.latestMeeting.title}</Link>{" "}
                    <span className="font-sans text-sm text-muted">
                      (<PartialDateText date={figures.latestMeeting.date} precision={figures.latestMeeting.datePrecision} />)
                    </span>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="by-actor">
            <h2 id="by-actor" className="section-title">
              By actor
            </h2>
            <ul className="mt-2 font-sans text-sm">
              {topActors.map((a) => (
                <li key={a.slug} className="flex items-baseline justify-between gap-3 border-b border-rule py-1.5">
                  <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                  <span className="tabular-nums text-muted">
                    {a.count}
                    <span className="sr-only"> entries</span>
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-3 font-sans text-sm">
              <Link href="/actors">All {labels.actorKindPlural.state.toLowerCase()}, bodies, places and people →</Link>
            </p>
          </section>

          <section aria-labelledby="by-year">
            <h2 id="by-year" className="section-title">
              By year
            </h2>
            <ul className="mt-3 space-y-1 font-sans text-sm">
              {facets.years.map((y) => (
                <li key={y.year} className="grid grid-cols-[3rem_minmax(0,1fr)_2.5rem] items-center gap-2">
                  <Link href={`/entries?year=${y.year}`} className="tabular-nums">
                    {y.year}
                  </Link>
                  <span aria-hidden="true" className="h-2.5 bg-ink/70" style={{ width: `${Math.max(2, (y.count / maxYear) * 100)}%` }} />
                  <span className="text-right tabular-nums text-muted">
                    {y.count}
                    <span className="sr-only"> entries</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="by-kind">
            <h2 id="by-kind" className="section-title">
              Ways in
            </h2>
            <ul className="mt-3 space-y-2 font-sans text-sm">
              <li>
                <Link href="/recognition">The recognition tracker</Link> — table and maps of every recognition event
              </li>
              {ENTRY_KINDS.map((k) => (
                <li key={k}>
                  <Link href={`/entries?kind=${k}`}>{labels.kindPlural[k]}</Link>, newest first
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
