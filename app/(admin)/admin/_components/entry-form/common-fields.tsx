"use client";
// The fields every entry has: title, date with its precision, place, summary, body, tags, languages.
import { useLabels } from "@/lib/i18n/use-labels";
import { formatPartialDate, parsePartialDate } from "@/lib/dates";
import { DATE_QUALIFIERS, LANGUAGES, type DateQualifier } from "@/lib/domain";
import type { CallResult } from "@/lib/auth/action";
import { MarkdownField } from "../markdown-field";
import { BoundArea, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

function DatePrecisionNote({ date, qualifier }: { date: string; qualifier: string }) {
  const labels = useLabels();
  const parsed = date.trim() ? parsePartialDate(date) : null;
  return (
    <p id="date-precision" aria-live="polite" className="mt-1 text-sm">
      {parsed ? (
        <>
          Precision: <strong>{labels.precision[parsed.precision]}</strong> — shown as “
          {formatPartialDate(parsed.date, parsed.precision, (qualifier || null) as DateQualifier | null)}”
        </>
      ) : (
        <span className="text-[var(--color-muted)]">Give only as much of the date as the source does.</span>
      )}
    </p>
  );
}

export function CommonFields({ preview }: { preview: (body: string) => Promise<CallResult<string>> }) {
  const labels = useLabels();
  const { form, errors } = useEntryFormContext();
  const { values } = form;
  return (
    <div className="space-y-4">
      <BoundText name="title" label="Title" required maxLength={300} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <div>
          <BoundText
            name="date"
            label="Date"
            hint="YYYY, YYYY-MM or YYYY-MM-DD — the year alone when the source gives only the year"
            inputMode="numeric"
            placeholder="2021-03-04"
            maxLength={10}
            required
          />
          <DatePrecisionNote date={values.date} qualifier={values.dateQualifier} />
        </div>
        <BoundSelect
          name="dateQualifier"
          label="Date qualifier"
          hint="When the sources only bound the date"
          options={choices(DATE_QUALIFIERS, labels.qualifier, "exactly")}
        />
      </div>
      <BoundText name="place" label="Place" maxLength={200} hint="City or venue, if known" />
      <BoundArea name="summary" label="Summary" rows={3} maxLength={2000} hint="One or two sentences, in the record's own neutral voice" />
      <MarkdownField name="body" label="Body" value={values.body} onChange={form.onFieldChange} errors={errors.body} preview={preview} />
      <div className="grid gap-4 sm:grid-cols-2">
        <BoundText name="tags" label="Tags" hint="Separated by commas, e.g. lachin-corridor, peace-talks" />
        <BoundSelect name="originalLanguage" label="Original language" options={choices(LANGUAGES, labels.language)} />
      </div>
      <details className="rounded border border-[var(--color-rule)] p-3" open={Boolean(values.translations.hy.title || values.translations.ru.title)}>
        <summary className="cursor-pointer text-sm font-semibold">Translations (Armenian, Russian)</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <BoundText name="translations.hy.title" label="Title in Armenian" lang="hy" maxLength={300} />
          <BoundText name="translations.ru.title" label="Title in Russian" lang="ru" maxLength={300} />
          <BoundArea name="translations.hy.summary" label="Summary in Armenian" lang="hy" rows={3} maxLength={2000} />
          <BoundArea name="translations.ru.summary" label="Summary in Russian" lang="ru" rows={3} maxLength={2000} />
        </div>
      </details>
    </div>
  );
}
