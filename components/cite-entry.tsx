import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import { formatEntryCitation } from "@/lib/entries/cite-text";
import type { EntryDetail } from "@/lib/entries/read-model";

/** "Cite this entry": the plain text, ready to copy, and the BibTeX and CSL-JSON files. */
export function CiteEntry({ entry, url }: { entry: EntryDetail; url: string }) {
  const t = useTranslations("entries.cite");
  const locale = useLocale();
  // The citation is written in English, the record's working language, whatever the page's language.
  const text = formatEntryCitation({ ...entry, url, accessed: new Date() });
  return (
    <section aria-labelledby="cite" className="mt-10 border border-rule px-4 py-4 font-sans text-sm sm:px-6">
      <h2 id="cite" className="label !text-ink font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 select-all font-serif leading-relaxed" lang={locale === "en" ? undefined : "en"}>
        {text}
      </p>
      <p className="no-print mt-3">
        {t("download")} <a href={`/entries/${entry.slug}/citation.bib`}>BibTeX</a>
        <span aria-hidden="true"> · </span>
        <a href={`/entries/${entry.slug}/citation.json`}>CSL-JSON</a>
      </p>
    </section>
  );
}
