import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import { citationWords, entryCitationParts } from "@/lib/entries/cite-text";
import type { EntryDetail } from "@/lib/entries/read-model";
import { entryTitle } from "@/lib/i18n/content";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { makeLabels, type LabelTranslator } from "@/lib/i18n/labels";

/** "Cite this entry": the plain text, ready to copy, and the BibTeX and CSL-JSON files. */
export function CiteEntry({ entry, url }: { entry: EntryDetail; url: string }) {
  const t = useTranslations("entries.cite");
  const raw = useLocale();
  const locale: Locale = isLocale(raw) ? raw : "en";
  const labels = makeLabels(useTranslations("labels") as unknown as LabelTranslator);
  // The words are the page's; the record's name, and the title where it has no translation, stay English (marked).
  const title = entryTitle(entry, locale);
  const parts = entryCitationParts(
    { ...entry, title: title.text, titleLanguage: title.lang, url, accessed: new Date() },
    citationWords(locale, t as unknown as (key: string, values?: Record<string, string>) => string, labels.kind),
  );
  return (
    <section aria-labelledby="cite" className="mt-10 border border-rule px-4 py-4 font-sans text-sm sm:px-6">
      <h2 id="cite" className="label !text-ink font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 select-all font-serif leading-relaxed">
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 ? " " : null}
            {part.lang === locale ? part.text : <span lang={part.lang}>{part.text}</span>}
          </span>
        ))}
      </p>
      <p className="no-print mt-3">
        {t("download")} <a href={`/entries/${entry.slug}/citation.bib`}>BibTeX</a>
        <span aria-hidden="true"> · </span>
        <a href={`/entries/${entry.slug}/citation.json`}>CSL-JSON</a>
      </p>
    </section>
  );
}
