"use client";
// The fields every entry has: title, date with its precision, place, summary, body, tags, languages.
import { useTranslations } from "next-intl";
import { useLabels } from "@/lib/i18n/use-labels";
import { formatPartialDate, parsePartialDate } from "@/lib/dates";
import { DATE_QUALIFIERS, LANGUAGES, type DateQualifier } from "@/lib/domain";
import type { CallResult } from "@/lib/auth/action";
import { MarkdownField } from "../markdown-field";
import { BoundArea, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

function DatePrecisionNote({ date, qualifier }: { date: string; qualifier: string }) {
  const labels = useLabels();
  const t = useTranslations("adminEntries.hint");
  const parsed = date.trim() ? parsePartialDate(date) : null;
  return (
    <p id="date-precision" aria-live="polite" className="mt-1 text-sm">
      {parsed ? (
        t.rich("precision", {
          precision: labels.precision[parsed.precision],
          shown: formatPartialDate(parsed.date, parsed.precision, (qualifier || null) as DateQualifier | null),
          strong: (chunks) => <strong>{chunks}</strong>,
        })
      ) : (
        <span className="text-[var(--color-muted)]">{t("precisionEmpty")}</span>
      )}
    </p>
  );
}

type TranslationState = "complete" | "titleOnly" | "summaryOnly" | "missing";

/** How far a translation goes: a title, and a summary where the English entry has one. */
export function translationState(translation: { title: string; summary: string }, englishSummary: string): TranslationState {
  const title = translation.title.trim() !== "";
  const summary = translation.summary.trim() !== "";
  if (title && (summary || englishSummary.trim() === "")) return "complete";
  if (title) return "titleOnly";
  return summary ? "summaryOnly" : "missing";
}

const MARK: Record<TranslationState, string> = { complete: "✓", titleOnly: "◐", summaryOnly: "◐", missing: "✗" };

/** Which translations the entry has and which are missing, as the editor types. */
function TranslationStatus({ translations, summary }: { translations: Record<"hy" | "ru", { title: string; summary: string }>; summary: string }) {
  const t = useTranslations("adminEntries.translations");
  const labels = useLabels();
  return (
    <div>
      <p id="translation-status-heading" className="text-sm font-semibold">
        {t("status")}
      </p>
      <ul id="translation-status" aria-labelledby="translation-status-heading" aria-live="polite" className="mt-1 space-y-0.5 text-sm">
        {(["hy", "ru"] as const).map((code) => {
          const state = translationState(translations[code], summary);
          return (
            <li key={code} data-translation={code} data-state={state} className={state === "complete" ? "" : "font-semibold"}>
              <span aria-hidden="true" className="inline-block w-5">
                {MARK[state]}
              </span>
              {t(state, { language: labels.language[code] })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function CommonFields({ preview }: { preview: (body: string) => Promise<CallResult<string>> }) {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  const { form, errors } = useEntryFormContext();
  const { values } = form;
  const { hy, ru } = values.translations;
  return (
    <div className="space-y-4">
      <BoundText name="title" label={t("field.title")} required maxLength={300} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <div>
          <BoundText
            name="date"
            label={t("field.date")}
            hint={t("hint.date")}
            inputMode="numeric"
            placeholder="2021-03-04"
            maxLength={10}
            required
          />
          <DatePrecisionNote date={values.date} qualifier={values.dateQualifier} />
        </div>
        <BoundSelect
          name="dateQualifier"
          label={t("field.dateQualifier")}
          hint={t("hint.dateQualifier")}
          options={choices(DATE_QUALIFIERS, labels.qualifier, t("field.qualifierExact"))}
        />
      </div>
      <BoundText name="place" label={t("field.place")} maxLength={200} hint={t("hint.place")} />
      <BoundArea name="summary" label={t("field.summary")} rows={3} maxLength={2000} hint={t("hint.summary")} />
      <MarkdownField name="body" label={t("field.body")} value={values.body} onChange={form.onFieldChange} errors={errors.body} preview={preview} />
      <div className="grid gap-4 sm:grid-cols-2">
        <BoundText name="tags" label={t("field.tags")} hint={t("hint.tags")} />
        <BoundSelect name="originalLanguage" label={t("field.originalLanguage")} options={choices(LANGUAGES, labels.language)} />
      </div>
      <TranslationStatus translations={values.translations} summary={values.summary} />
      <details className="rounded border border-[var(--color-rule)] p-3" open={Boolean(hy.title || hy.summary || ru.title || ru.summary)}>
        <summary className="cursor-pointer text-sm font-semibold">{t("translations.summary")}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <BoundText name="translations.hy.title" label={t("translations.hyTitle")} lang="hy" maxLength={300} />
          <BoundText name="translations.ru.title" label={t("translations.ruTitle")} lang="ru" maxLength={300} />
          <BoundArea name="translations.hy.summary" label={t("translations.hySummary")} lang="hy" rows={3} maxLength={2000} />
          <BoundArea name="translations.ru.summary" label={t("translations.ruSummary")} lang="ru" rows={3} maxLength={2000} />
        </div>
      </details>
    </div>
  );
}
