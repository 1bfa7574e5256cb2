"use client";
// The entry's sources: a repeatable group, each with its link, title, publisher, dates, archive, language, quote and tier.
import { useTranslations } from "next-intl";
import { useLabels } from "@/lib/i18n/use-labels";
import { LANGUAGES, SOURCE_TIERS } from "@/lib/domain";
import { emptySource } from "@/lib/entries/form-values";
import { buttonClass, FieldError } from "../fields";
import { BoundArea, BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

export function SourcesField({ today }: { today: string }) {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  // The tier with what it means, e.g. "Primary source — the actor's own publication".
  const tierChoices = Object.fromEntries(SOURCE_TIERS.map((t) => [t, `${labels.tier[t]} — ${labels.tierHint[t]}`]));
  const { form, errors } = useEntryFormContext();
  const sources = form.values.sources;
  return (
    <section aria-labelledby="sources-heading" className="space-y-3">
      <h2 id="sources-heading" className="text-base font-semibold">
        {t("field.sources")}
      </h2>
      <p className="text-xs text-[var(--color-muted)]">{t("source.hint")}</p>
      <FieldError name="sources" errors={errors.sources} />
      {sources.map((source, i) => {
        const n = i + 1;
        const p = `sources.${i}`;
        return (
          <fieldset key={form.keys.sources[i]} className="space-y-3 rounded border border-[var(--color-rule)] p-3">
            <legend className="px-1 text-sm font-semibold">{t("group.sources", { n })}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <BoundText name={`${p}.url`} label={t("field.url")} type="url" inputMode="url" placeholder="https://" maxLength={2000} />
              <BoundText name={`${p}.title`} label={t("field.sourceTitle")} maxLength={500} />
              <BoundText name={`${p}.publisher`} label={t("source.publisher")} maxLength={300} />
              <BoundText name={`${p}.author`} label={t("source.author")} maxLength={300} />
              <BoundText name={`${p}.publishedOn`} label={t("field.publishedOn")} placeholder="YYYY-MM-DD" maxLength={10} />
              <BoundText name={`${p}.accessedOn`} label={t("field.accessedOn")} type="date" max={today} />
              <BoundText name={`${p}.archiveUrl`} label={t("field.archiveUrl")} type="url" inputMode="url" placeholder="https://web.archive.org/…" maxLength={2000} />
              <BoundSelect name={`${p}.language`} label={t("source.language")} options={choices(LANGUAGES, labels.language, t("source.languageNone"))} />
              <BoundSelect name={`${p}.tier`} label={t("source.tier")} options={choices(SOURCE_TIERS, tierChoices)} />
              <BoundText name={`${p}.locator`} label={t("source.locator")} hint={t("source.locatorHint")} maxLength={500} />
            </div>
            <BoundArea name={`${p}.quote`} label={t("field.quote")} hint={t("source.quoteHint")} rows={3} maxLength={10000} />
            <BoundArea name={`${p}.quoteTranslation`} label={t("source.quoteTranslation")} hint={t("source.quoteTranslationHint")} rows={2} maxLength={10000} />
            <BoundText name={`${p}.quoteTranslator`} label={t("source.quoteTranslator")} hint={t("source.quoteTranslatorHint")} maxLength={300} />
            <div className="flex flex-wrap gap-2">
              <button type="button" className={buttonClass} onClick={() => form.moveRow("sources", i, -1)} disabled={i === 0}>
                {t("source.moveUp", { n })}
              </button>
              <button type="button" className={buttonClass} onClick={() => form.removeRow("sources", i)}>
                {t("source.remove", { n })}
              </button>
            </div>
            {source.url && !source.archiveUrl ? (
              <p className="text-xs text-[var(--color-muted)]">{t("source.noArchive")}</p>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" className={buttonClass} onClick={() => form.addRow("sources", emptySource(today))}>
        {t("source.add")}
      </button>
    </section>
  );
}
