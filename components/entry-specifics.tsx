import { useLocale, useTranslations } from "next-intl";
import type { MeetingDetails, RecognitionDetails, StatementDetails } from "@/lib/domain";
import type { EntryDetail } from "@/lib/entries/read-model";
import { scriptLanguage } from "@/lib/entries/search-text";
import { formatVote } from "@/lib/recognition/format";
import { useLabels } from "@/lib/i18n/use-labels";
import { voteWords } from "@/lib/i18n/vote-words";
import { PartialDateText } from "./partial-date";
import { parsePartialDate } from "@/lib/dates";

/** Key quotes of a statement, outcomes of a meeting, stages of a recognition measure. */
export function EntrySpecifics({ entry }: { entry: EntryDetail }) {
  const labels = useLabels();
  const t = useTranslations("entries.specifics");
  const tv = useTranslations("recognition");
  // Latin-script text is English; said so on the other languages' pages.
  const latin = useLocale() === "en" ? undefined : "en";
  if (entry.kind === "statement") {
    const { quotes } = entry.details as StatementDetails;
    if (quotes.length === 0) return null;
    return (
      <section aria-labelledby="quotes" className="mt-10">
        <h2 id="quotes" className="section-title">
          {t("quotes")}
        </h2>
        <div className="mt-4 space-y-5">
          {quotes.map((q, i) => (
            <figure key={i} className="border-l-4 border-accent pl-4">
              <blockquote lang={scriptLanguage(q.text) ?? latin} className="font-serif text-lg italic leading-relaxed">
                “{q.text}”
              </blockquote>
              {q.speaker ? <figcaption className="mt-1 font-sans text-sm text-muted" lang={scriptLanguage(q.speaker) ?? latin}>— {q.speaker}</figcaption> : null}
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
          {t("outcomes")}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 font-serif">
          {outcomes.map((o, i) => (
            <li key={i} lang={scriptLanguage(o) ?? latin}>{o}</li>
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
        {t("stages")}
      </h2>
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <caption className="sr-only">{t("stagesCaption")}</caption>
          <thead>
            <tr className="border-b border-ink text-left">
              <th scope="col" className="py-2 pr-4 font-semibold">{t("stage")}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{t("body")}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{t("date")}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{t("vote")}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s, i) => {
              const date = s.date ? parsePartialDate(s.date) : null;
              return (
                <tr key={i} className="border-b border-rule align-top">
                  <td className="py-2 pr-4">{labels.stage[s.stage]}</td>
                  <td className="py-2 pr-4">
                    <span lang={latin}>{s.body ?? "—"}</span>
                    {s.note ? <span className="block text-xs text-muted">{s.note}</span> : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{date ? <PartialDateText date={date.date} precision={date.precision} /> : "—"}</td>
                  <td className="py-2 pr-4 tabular-nums">{formatVote(s.vote, voteWords(tv)) ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
