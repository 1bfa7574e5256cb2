"use client";
// Where the sources disagree on a figure: what is disputed, and each reading with the number of the source giving it.
import { useTranslations } from "next-intl";
import { emptyDiscrepancy } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundText, useEntryFormContext } from "./context";

export function DiscrepanciesField() {
  const { form, errors } = useEntryFormContext();
  const t = useTranslations("adminEntries.discrepancy");
  const list = form.values.discrepancies;
  return (
    <section aria-labelledby="discrepancies-heading" className="space-y-3">
      <h2 id="discrepancies-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="text-xs text-[var(--color-muted)]">{t("hint")}</p>
      <FieldError name="discrepancies" errors={errors.discrepancies} />
      {list.map((d, i) => {
        const n = i + 1;
        const p = `discrepancies.${i}`;
        return (
          <fieldset key={form.keys.discrepancies[i]} className="space-y-3 rounded border border-[var(--color-rule)] p-3">
            <legend className="px-1 text-sm font-semibold">{t("group", { n })}</legend>
            <FieldError name={p} errors={errors[p]} />
            <BoundText name={`${p}.subject`} label={t("subject")} hint={t("subjectHint")} maxLength={300} />
            <FieldError name={`${p}.readings`} errors={errors[`${p}.readings`]} />
            {d.readings.map((_, j) => (
              <div key={j} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
                <BoundText name={`${p}.readings.${j}.reading`} label={t("reading", { n: j + 1 })} maxLength={300} />
                <BoundText name={`${p}.readings.${j}.source`} label={t("source", { n: j + 1 })} hint={t("sourceHint")} inputMode="numeric" />
              </div>
            ))}
            <button type="button" className={buttonClass} onClick={() => form.removeRow("discrepancies", i)}>
              {t("remove", { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className={buttonClass} onClick={() => form.addRow("discrepancies", emptyDiscrepancy())}>
        {t("add")}
      </button>
    </section>
  );
}
