"use client";
// The entry's sources: a repeatable group, each with its link, title, publisher, dates, archive, language, quote and tier.
import { useLabels } from "@/lib/i18n/use-labels";
import { LANGUAGES, SOURCE_TIERS } from "@/lib/domain";
import { emptySource } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundArea, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

export function SourcesField({ today }: { today: string }) {
  const labels = useLabels();
  // The tier with what it means, e.g. "Primary source — the actor's own publication".
  const tierChoices = Object.fromEntries(SOURCE_TIERS.map((t) => [t, `${labels.tier[t]} — ${labels.tierHint[t]}`]));
  const { form, errors } = useEntryFormContext();
  const sources = form.values.sources;
  return (
    <section aria-labelledby="sources-heading" className="space-y-3">
      <h2 id="sources-heading" className="text-base font-semibold">
        Sources
      </h2>
      <p className="text-xs text-[var(--color-muted)]">
        Every published entry needs at least one. Only http:// and https:// links. Add an archived copy (web.archive.org, archive.today) wherever you can.
      </p>
      <FieldError name="sources" errors={errors.sources} />
      {sources.map((source, i) => {
        const n = i + 1;
        const p = `sources.${i}`;
        return (
          <fieldset key={form.keys.sources[i]} className="space-y-3 rounded border border-[var(--color-rule)] p-3">
            <legend className="px-1 text-sm font-semibold">Source {n}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <BoundText name={`${p}.url`} label="Source URL" type="url" inputMode="url" placeholder="https://" maxLength={2000} />
              <BoundText name={`${p}.title`} label="Source title" maxLength={500} />
              <BoundText name={`${p}.publisher`} label="Publisher" maxLength={300} />
              <BoundText name={`${p}.author`} label="Author" maxLength={300} />
              <BoundText name={`${p}.publishedOn`} label="Published on" placeholder="YYYY-MM-DD" maxLength={10} />
              <BoundText name={`${p}.accessedOn`} label="Accessed on" type="date" max={today} />
              <BoundText name={`${p}.archiveUrl`} label="Archive URL" type="url" inputMode="url" placeholder="https://web.archive.org/…" maxLength={2000} />
              <BoundSelect name={`${p}.language`} label="Language of the source" options={choices(LANGUAGES, labels.language, "Not given")} />
              <BoundSelect name={`${p}.tier`} label="Tier" options={choices(SOURCE_TIERS, tierChoices)} />
              <BoundText name={`${p}.locator`} label="Locator" hint="Page, paragraph or timestamp" maxLength={500} />
            </div>
            <BoundArea name={`${p}.quote`} label="Quote" hint="Exact words, in the original language" rows={3} maxLength={10000} />
            <BoundArea name={`${p}.quoteTranslation`} label="Translation of the quote" rows={2} maxLength={10000} />
            <div className="flex flex-wrap gap-2">
              <button type="button" className={buttonClass} onClick={() => form.moveRow("sources", i, -1)} disabled={i === 0}>
                Move source {n} up
              </button>
              <button type="button" className={buttonClass} onClick={() => form.removeRow("sources", i)}>
                Remove source {n}
              </button>
            </div>
            {source.url && !source.archiveUrl ? (
              <p className="text-xs text-[var(--color-muted)]">No archived copy yet: if this link dies, the record loses its evidence.</p>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" className={buttonClass} onClick={() => form.addRow("sources", emptySource(today))}>
        Add a source
      </button>
    </section>
  );
}
