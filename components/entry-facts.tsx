import Link from "next/link";
import type { Language, MeetingDetails, RecognitionDetails, StatementDetails } from "@/lib/domain";
import type { EntryDetail } from "@/lib/entries/read-model";
import { formatVote } from "@/lib/recognition/format";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";

function Fact({ term, children, wide = false }: { term: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={`border-b border-rule py-2 ${wide ? "col-span-2 lg:col-span-1" : ""}`}>
      <dt className="label">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** The entry's facts at a glance: date, place, kind-specific fields, who took part and in what role. */
export function EntryFacts({ entry }: { entry: EntryDetail }) {
  const labels = useLabels();
  const statement = entry.kind === "statement" ? (entry.details as StatementDetails) : null;
  const meeting = entry.kind === "meeting" ? (entry.details as MeetingDetails) : null;
  const recognition = entry.kind === "recognition" ? (entry.details as RecognitionDetails) : null;
  const vote = recognition ? formatVote(recognition.vote) : null;
  return (
    <dl className="grid grid-cols-2 gap-x-4 font-sans text-sm lg:grid-cols-1">
      <Fact term="Kind">{labels.kind[entry.kind]}</Fact>
      <Fact term="Date">
        <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
      </Fact>
      {entry.place ? <Fact term="Place">{entry.place}</Fact> : null}
      {statement ? <Fact term="Form">{labels.form[statement.form]}</Fact> : null}
      {meeting ? <Fact term="Format">{labels.format[meeting.format]}</Fact> : null}
      {recognition ? (
        <>
          <Fact term="Action" wide>
            <Link href={`/recognition?action=${recognition.action}`}>{labels.action[recognition.action]}</Link>
          </Fact>
          <Fact term="Level">{labels.level[recognition.level]}</Fact>
          {recognition.body ? <Fact term="Body" wide>{recognition.body}</Fact> : null}
          {recognition.instrument ? <Fact term="Instrument">{recognition.instrument}</Fact> : null}
          {vote ? <Fact term="Vote">{vote}</Fact> : null}
        </>
      ) : null}
      {entry.actors.length > 0 ? (
        <Fact term="Actors" wide>
          <ul aria-label="Actors" className="space-y-1.5">
            {entry.actors.map((a) => (
              <li key={`${a.slug}-${a.role}`}>
                <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                <span className="text-muted"> — {labels.role[a.role]}</span>
                {a.titleAtTime ? <span className="block text-xs text-muted">{a.titleAtTime}</span> : null}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {entry.tags.length > 0 ? (
        <Fact term="Tags" wide>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {entry.tags.map((t) => (
              <li key={t}>
                <Link href={`/entries?tag=${t}`}>{t.replace(/-/g, " ")}</Link>
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      <Fact term="Original language">{labels.language[entry.originalLanguage as Language] ?? entry.originalLanguage}</Fact>
    </dl>
  );
}
