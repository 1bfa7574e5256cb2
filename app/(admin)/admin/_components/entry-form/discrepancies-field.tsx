"use client";
// Where the sources disagree on a figure: what is disputed, and each reading with the number of the source giving it.
import { emptyDiscrepancy } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundText, useEntryFormContext } from "./context";

export function DiscrepanciesField() {
  const { form, errors } = useEntryFormContext();
  const list = form.values.discrepancies;
  return (
    <section aria-labelledby="discrepancies-heading" className="space-y-3">
      <h2 id="discrepancies-heading" className="text-base font-semibold">
        Discrepancies between sources
      </h2>
      <p className="text-xs text-[var(--color-muted)]">
        Where the sources disagree on a figure (a vote reported as 70–1 by one and 72–1 by another), record each reading with the number of the source that
        gives it. Readers see every reading beside its source.
      </p>
      <FieldError name="discrepancies" errors={errors.discrepancies} />
      {list.map((d, i) => {
        const n = i + 1;
        const p = `discrepancies.${i}`;
        return (
          <fieldset key={form.keys.discrepancies[i]} className="space-y-3 rounded border border-[var(--color-rule)] p-3">
            <legend className="px-1 text-sm font-semibold">Discrepancy {n}</legend>
            <FieldError name={p} errors={errors[p]} />
            <BoundText name={`${p}.subject`} label="What the sources disagree on" hint="e.g. the vote on the Assembly floor" maxLength={300} />
            <FieldError name={`${p}.readings`} errors={errors[`${p}.readings`]} />
            {d.readings.map((_, j) => (
              <div key={j} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
                <BoundText name={`${p}.readings.${j}.reading`} label={`Reading ${j + 1}`} maxLength={300} />
                <BoundText name={`${p}.readings.${j}.source`} label={`Source of reading ${j + 1}`} hint="Its number" inputMode="numeric" />
              </div>
            ))}
            <button type="button" className={buttonClass} onClick={() => form.removeRow("discrepancies", i)}>
              Remove discrepancy {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className={buttonClass} onClick={() => form.addRow("discrepancies", emptyDiscrepancy())}>
        Add a discrepancy
      </button>
    </section>
  );
}
