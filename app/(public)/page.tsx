import Link from "next/link";
import { EntryCardView } from "@/components/entry-card";
import { KIND_PLURAL } from "@/components/labels";
import { PartialDateText } from "@/components/partial-date";
import { ENTRY_KINDS } from "@/lib/domain";
import { cachedGetRecordFigures, cachedListPublishedEntries } from "@/lib/entries/cached";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [{ items }, figures] = await Promise.all([cachedListPublishedEntries({ limit: 8 }), cachedGetRecordFigures()]);
  return (
    <div className="grid gap-10 md:grid-cols-[2fr_1fr]">
      <section aria-labelledby="latest">
        <h1 className="font-serif text-3xl font-bold leading-tight">The foreign relations of Artsakh, on the record</h1>
        <p className="mt-3 max-w-prose font-serif leading-relaxed text-[var(--color-muted)]">
          Statements, meetings and recognition events of the Republic of Artsakh (Nagorno-Karabakh), each dated,
          attributed and tied to the sources it comes from.
        </p>
        <h2 id="latest" className="mt-8 border-b border-[var(--color-ink)] pb-1 text-sm font-semibold uppercase tracking-wider">
          Latest entries
        </h2>
        {items.map((entry) => (
          <EntryCardView key={entry.id} entry={entry} />
        ))}
        <p className="mt-4">
          <Link href="/entries">All entries →</Link>
        </p>
      </section>
      <aside aria-labelledby="figures" className="space-y-6">
        <h2 id="figures" className="border-b border-[var(--color-ink)] pb-1 text-sm font-semibold uppercase tracking-wider">
          At a glance
        </h2>
        <dl className="grid grid-cols-2 gap-4">
          {ENTRY_KINDS.map((kind) => (
            <div key={kind}>
              <dt className="text-sm text-[var(--color-muted)]">{KIND_PLURAL[kind]}</dt>
              <dd className="font-serif text-2xl font-bold">
                <Link href={`/entries?kind=${kind}`}>{figures.entriesByKind[kind]}</Link>
              </dd>
            </div>
          ))}
          <div>
            <dt className="text-sm text-[var(--color-muted)]">Actors</dt>
            <dd className="font-serif text-2xl font-bold">{figures.actors}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-sm text-[var(--color-muted)]">Jurisdictions that recognised Artsakh</dt>
            <dd className="font-serif text-2xl font-bold">{figures.recognisingJurisdictions}</dd>
          </div>
        </dl>
        {figures.latestMeeting ? (
          <div>
            <h3 className="text-sm text-[var(--color-muted)]">Latest meeting</h3>
            <p className="font-serif">
              <Link href={`/entries/${figures.latestMeeting.slug}`}>{figures.latestMeeting.title}</Link>{" "}
              <span className="text-sm text-[var(--color-muted)]">
                (<PartialDateText date={figures.latestMeeting.date} precision={figures.latestMeeting.datePrecision} />)
              </span>
            </p>
          </div>
        ) : null}
      </aside>
    </div>
  );
}
