"use client";
// The fields of each kind: a statement's form and quotes, a meeting's format and outcomes,
// a recognition event's action, level, body, instrument, vote and stages.
import { useTranslations } from "next-intl";
import { useLabels } from "@/lib/i18n/use-labels";
import { MEETING_FORMATS, RECOGNITION_ACTIONS, RECOGNITION_LEVELS, STAGE_KINDS, STATEMENT_FORMS } from "@/lib/domain";
import { emptyQuote, emptyStage } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundArea, BoundCheckbox, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

function VoteFields({ prefix, legend }: { prefix: string; legend: string }) {
  const t = useTranslations("adminEntries");
  return (
    <fieldset className="rounded border border-[var(--color-rule)] p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid grid-cols-3 gap-3">
        <BoundText name={`${prefix}.for`} label={t("field.votesFor")} inputMode="numeric" />
        <BoundText name={`${prefix}.against`} label={t("field.votesAgainst")} inputMode="numeric" />
        <BoundText name={`${prefix}.abstain`} label={t("field.abstentions")} inputMode="numeric" />
      </div>
      <div className="mt-2">
        <BoundCheckbox name={`${prefix}.unanimous`} label={t("kind.unanimous")} />
      </div>
    </fieldset>
  );
}

function StatementFields() {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  const { form, errors } = useEntryFormContext();
  const quotes = form.values.details.quotes;
  return (
    <div className="space-y-4">
      <BoundSelect name="details.form" label={t("field.form")} options={choices(STATEMENT_FORMS, labels.form)} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t("kind.quotes")}</legend>
        {quotes.map((_, i) => (
          <div key={form.keys["details.quotes"][i]} className="rounded border border-[var(--color-rule)] p-3" role="group" aria-label={t("group.quotes", { n: i + 1 })}>
            <BoundArea name={`details.quotes.${i}.text`} label={t("group.quotes", { n: i + 1 })} rows={3} maxLength={5000} />
            <BoundText name={`details.quotes.${i}.speaker`} label={t("kind.speaker")} className="mt-2" maxLength={300} />
            <button type="button" className={`${buttonClass} mt-2`} onClick={() => form.removeRow("details.quotes", i)}>
              {t("kind.removeQuote", { n: i + 1 })}
            </button>
          </div>
        ))}
        <FieldError name="details.quotes" errors={errors["details.quotes"]} />
        <button type="button" className={buttonClass} onClick={() => form.addRow("details.quotes", emptyQuote())}>
          {t("kind.addQuote")}
        </button>
      </fieldset>
    </div>
  );
}

function MeetingFields() {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  return (
    <div className="space-y-4">
      <BoundSelect name="details.format" label={t("field.format")} options={choices(MEETING_FORMATS, labels.format)} />
      <BoundArea name="details.outcomes" label={t("field.outcomes")} hint={t("kind.outcomesHint")} rows={3} />
    </div>
  );
}

function RecognitionFields() {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  const { form, errors } = useEntryFormContext();
  const stages = form.values.details.stages;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <BoundSelect
          name="details.action"
          label={t("field.action")}
          hint={t("kind.actionHint")}
          options={choices(RECOGNITION_ACTIONS, labels.action, t("kind.choose"))}
        />
        <BoundSelect name="details.level" label={t("field.level")} options={choices(RECOGNITION_LEVELS, labels.level, t("kind.choose"))} />
        <BoundText name="details.body" label={t("kind.body")} hint={t("kind.bodyHint")} maxLength={500} />
        <BoundText name="details.instrument" label={t("kind.instrument")} hint={t("kind.instrumentHint")} maxLength={500} />
      </div>
      <VoteFields prefix="details.vote" legend={t("kind.finalVote")} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t("kind.stages")}</legend>
        <p className="text-xs text-[var(--color-muted)]">{t("kind.stagesHint")}</p>
        {stages.map((_, i) => (
          <div key={form.keys["details.stages"][i]} role="group" aria-label={t("group.stages", { n: i + 1 })} className="space-y-2 rounded border border-[var(--color-rule)] p-3">
            <div className="grid gap-3 sm:grid-cols-3">
              <BoundSelect name={`details.stages.${i}.stage`} label={t("group.stages", { n: i + 1 })} options={choices(STAGE_KINDS, labels.stage)} />
              <BoundText name={`details.stages.${i}.body`} label={t("kind.stageBody")} maxLength={500} />
              <BoundText name={`details.stages.${i}.date`} label={t("kind.stageDate")} placeholder="YYYY-MM-DD" maxLength={10} />
            </div>
            <VoteFields prefix={`details.stages.${i}.vote`} legend={t("kind.stageVote", { n: i + 1 })} />
            <BoundText name={`details.stages.${i}.note`} label={t("kind.note")} maxLength={1000} />
            <button type="button" className={buttonClass} onClick={() => form.removeRow("details.stages", i)}>
              {t("kind.removeStage", { n: i + 1 })}
            </button>
          </div>
        ))}
        <FieldError name="details.stages" errors={errors["details.stages"]} />
        <button type="button" className={buttonClass} onClick={() => form.addRow("details.stages", emptyStage())}>
          {t("kind.addStage")}
        </button>
      </fieldset>
    </div>
  );
}

export function KindFields({ kind }: { kind: string }) {
  return kind === "statement" ? <StatementFields /> : kind === "meeting" ? <MeetingFields /> : <RecognitionFields />;
}
