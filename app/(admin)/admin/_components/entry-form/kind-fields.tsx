"use client";
// The fields of each kind: a statement's form and quotes, a meeting's format and outcomes,
// a recognition event's action, level, body, instrument, vote and stages.
import { useLabels } from "@/lib/i18n/use-labels";
import { MEETING_FORMATS, RECOGNITION_ACTIONS, RECOGNITION_LEVELS, STAGE_KINDS, STATEMENT_FORMS } from "@/lib/domain";
import { emptyQuote, emptyStage } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundArea, BoundCheckbox, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

function VoteFields({ prefix, legend }: { prefix: string; legend: string }) {
  return (
    <fieldset className="rounded border border-[var(--color-rule)] p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid grid-cols-3 gap-3">
        <BoundText name={`${prefix}.for`} label="Votes for" inputMode="numeric" />
        <BoundText name={`${prefix}.against`} label="Votes against" inputMode="numeric" />
        <BoundText name={`${prefix}.abstain`} label="Abstentions" inputMode="numeric" />
      </div>
      <div className="mt-2">
        <BoundCheckbox name={`${prefix}.unanimous`} label="Unanimous" />
      </div>
    </fieldset>
  );
}

function StatementFields() {
  const labels = useLabels();
  const { form, errors } = useEntryFormContext();
  const quotes = form.values.details.quotes;
  return (
    <div className="space-y-4">
      <BoundSelect name="details.form" label="Form of the statement" options={choices(STATEMENT_FORMS, labels.form)} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Key quotes</legend>
        {quotes.map((_, i) => (
          <div key={form.keys["details.quotes"][i]} className="rounded border border-[var(--color-rule)] p-3" role="group" aria-label={`Quote ${i + 1}`}>
            <BoundArea name={`details.quotes.${i}.text`} label={`Quote ${i + 1}`} rows={3} maxLength={5000} />
            <BoundText name={`details.quotes.${i}.speaker`} label="Speaker" className="mt-2" maxLength={300} />
            <button type="button" className={`${buttonClass} mt-2`} onClick={() => form.removeRow("details.quotes", i)}>
              Remove quote {i + 1}
            </button>
          </div>
        ))}
        <FieldError name="details.quotes" errors={errors["details.quotes"]} />
        <button type="button" className={buttonClass} onClick={() => form.addRow("details.quotes", emptyQuote())}>
          Add a quote
        </button>
      </fieldset>
    </div>
  );
}

function MeetingFields() {
  const labels = useLabels();
  return (
    <div className="space-y-4">
      <BoundSelect name="details.format" label="Format of the meeting" options={choices(MEETING_FORMATS, labels.format)} />
      <BoundArea name="details.outcomes" label="Outcomes" hint="Documents signed or agreed, one per line" rows={3} />
    </div>
  );
}

function RecognitionFields() {
  const labels = useLabels();
  const { form, errors } = useEntryFormContext();
  const stages = form.values.details.stages;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <BoundSelect
          name="details.action"
          label="Action"
          hint="A resolution that urges recognition is “calls for recognition”, not “recognises”"
          options={choices(RECOGNITION_ACTIONS, labels.action, "Choose…")}
        />
        <BoundSelect name="details.level" label="Level" options={choices(RECOGNITION_LEVELS, labels.level, "Choose…")} />
        <BoundText name="details.body" label="Acting body" hint="e.g. California State Assembly" maxLength={500} />
        <BoundText name="details.instrument" label="Instrument" hint="Bill or resolution number, e.g. AJR 32" maxLength={500} />
      </div>
      <VoteFields prefix="details.vote" legend="Final vote" />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Stages</legend>
        <p className="text-xs text-[var(--color-muted)]">Where the measure passed through several votes: committee, floor, second chamber.</p>
        {stages.map((_, i) => (
          <div key={form.keys["details.stages"][i]} role="group" aria-label={`Stage ${i + 1}`} className="space-y-2 rounded border border-[var(--color-rule)] p-3">
            <div className="grid gap-3 sm:grid-cols-3">
              <BoundSelect name={`details.stages.${i}.stage`} label={`Stage ${i + 1}`} options={choices(STAGE_KINDS, labels.stage)} />
              <BoundText name={`details.stages.${i}.body`} label="Body" maxLength={500} />
              <BoundText name={`details.stages.${i}.date`} label="Date of the stage" placeholder="YYYY-MM-DD" maxLength={10} />
            </div>
            <VoteFields prefix={`details.stages.${i}.vote`} legend={`Vote at stage ${i + 1}`} />
            <BoundText name={`details.stages.${i}.note`} label="Note" maxLength={1000} />
            <button type="button" className={buttonClass} onClick={() => form.removeRow("details.stages", i)}>
              Remove stage {i + 1}
            </button>
          </div>
        ))}
        <FieldError name="details.stages" errors={errors["details.stages"]} />
        <button type="button" className={buttonClass} onClick={() => form.addRow("details.stages", emptyStage())}>
          Add a stage
        </button>
      </fieldset>
    </div>
  );
}

export function KindFields({ kind }: { kind: string }) {
  return kind === "statement" ? <StatementFields /> : kind === "meeting" ? <MeetingFields /> : <RecognitionFields />;
}
