import { useLocale, useTranslations } from "next-intl";
import { InLanguageText } from "./in-language";
import { actorName } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import Link from "@/components/locale-link";
import type { Language, MeetingDetails, RecognitionDetails, StatementDetails } from "@/lib/domain";
import type { EntryDetail } from "@/lib/entries/read-model";
import { formatVote } from "@/lib/recognition/format";
import { useLabels } from "@/lib/i18n/use-labels";
import { voteWords } from "@/lib/i18n/vote-words";
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
  const t = useTranslations("entries.facts");
  const tv = useTranslations("recognition");
  const locale = useLocale() as Locale;
  const en = locale === "en" ? undefined : "en";
  const statement = entry.kind === "statement" ? (entry.details as StatementDetails) : null;
  const meeting = entry.kind === "meeting" ? (entry.details as MeetingDetails) : null;
  const recognition = entry.kind === "recognition" ? (entry.details as RecognitionDetails) : null;
  const vote = recognition ? formatVote(recognition.vote, voteWords(tv)) : null;
  return (
    <dl className="grid grid-cols-2 gap-x-4 font-sans text-sm lg:grid-cols-1">
      <Fact term={t("kind")}>{labels.kind[entry.kind]}</Fact>
      <Fact term={t("date")}>
        <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
      </Fact>
      {entry.place ? <Fact term={t("place")}><span lang={en}>{entry.place}</span></Fact> : null}
      {statement ? <Fact term={t("form")}>{labels.form[statement.form]}</Fact> : null}
      {meeting ? <Fact term={t("format")}>{labels.format[meeting.format]}</Fact> : null}
      {recognition ? (
        <>
          <Fact term={t("action")} wide>
            <Link href={`/recognition?action=${recognition.action}`}>{labels.action[recognition.action]}</Link>
          </Fact>
          <Fact term={t("level")}>{labels.level[recognition.level]}</Fact>
          {recognition.body ? <Fact term={t("body")} wide>{recognition.body}</Fact> : null}
          {recognition.instrument ? <Fact term={t("instrument")}>{recognition.instrument}</Fact> : null}
          {vote ? <Fact term={t("vote")}>{vote}</Fact> : null}
        </>
      ) : null}
      {entry.actors.length > 0 ? (
        <Fact term={t("actors")} wide>
          <ul aria-label={t("actors")} className="space-y-1.5">
            {entry.actors.map((a) => (
              <li key={`${a.slug}-${a.role}`}>
                <Link href={`/actors/${a.slug}`}>
                  <InLanguageText value={actorName(a, locale)} mark={false} />
                </Link>
                <span className="text-muted"> — {labels.role[a.role]}</span>
                {a.titleAtTime ? <span className="block text-xs text-muted" lang={en}>{a.titleAtTime}</span> : null}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {entry.tags.length > 0 ? (
        <Fact term={t("tags")} wide>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {entry.tags.map((t) => (
              <li key={t}>
                <Link href={`/entries?tag=${t}`} lang={en}>{t.replace(/-/g, " ")}</Link>
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      <Fact term={t("originalLanguage")}>{labels.language[entry.originalLanguage as Language] ?? entry.originalLanguage}</Fact>
    </dl>
  );
}
