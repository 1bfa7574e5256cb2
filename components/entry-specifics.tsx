import type { MeetingDetails, RecognitionDetails, StatementDetails } from "@/lib/domain";
import type { EntryDetail } from "@/lib/entries/read-model";
import { scriptLanguage } from "@/lib/entries/search-text";
import { formatVote } from "@/lib/recognition/format";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";
import { parsePartialDate } from "@/lib/dates";

/** Key quotes of a statement, outcomes of a meeting, stages of a recognition measure. */
export function EntrySpecifics({ entry }: { entry: EntryDetail }) {
  const labels = useLabels();
  if (entry.kind === "statement") {
    const { quotes } = entry.details as StatementDetails;
    if (quotes.length === 0) return null;
    return (
      <section aria-labelledby="quotes" className="mt-10">
        <h2 id="quotes" className="section-title">
          Key quotes
        </h2>
        <div className="mt-4 space-y-5">
          {quotes.map((q, i) => (
            <figure key={i} className="border-l-4 border-accent pl-4">
              <blockquote lang={scriptLanguage(q.text)} className="font-serif text-lg italic leading-relaxed">
                “{q.text}”
              </blockquote>
              {q.speaker ? <figcaption className="mt-1 font-sans text-sm text-muted">— {q.speaker}</figcaption> : null}
            </figure>
          ))}
        </div>
      </section>
    );
  }
  if (entry.kind === "meeting") {
    const { outcomes } = entry.details as MeetingDetails;
    if (outcomes.length === 0) return null;
    return (
      <section aria-labelledby="outcomes" className="mt-10">
        <h2 id="outcomes" className="section-title">
          Outcomes
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 font-serif">
          {outcomes.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
      </section>
    );
  }
  const { stages } = entry.details as RecognitionDetails;
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby="stages" className="mt-10">
      <h2 id="stages" className="section-title">
        Stages
      </h2>
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <caption className="sr-only">Stages of the measure</caption>
          <thead>
            <tr className="border-b border-ink text-left">
              <th scope="col" className="py-2 pr-4 font-semibold">Stage</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Body</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Date</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Vote</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s, i) => {
              const date = s.date ? parsePartialDate(s.date) : null;
              return (
                <tr key={i} className="border-b border-rule align-top">
                  <td className="py-2 pr-4">{labels.stage[s.stage]}</td>
                  <td className="py-2 pr-4">
                    {s.body ?? "—"}
                    {s.note ? <span className="block text-xs text-muted">{s.note}</span> : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{date ? <PartialDateText date={date.date} precision={date.precision} /> : "—"}</td>
                  <td className="py-2 pr-4 tabular-nums">{formatVote(s.vote) ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
