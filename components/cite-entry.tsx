import { formatEntryCitation } from "@/lib/entries/cite-text";
import type { EntryDetail } from "@/lib/entries/read-model";

/** "Cite this entry": the plain text, ready to copy, and the BibTeX and CSL-JSON files. */
export function CiteEntry({ entry, url }: { entry: EntryDetail; url: string }) {
  const text = formatEntryCitation({ ...entry, url, accessed: new Date() });
  return (
    <section aria-labelledby="cite" className="mt-10 border border-rule px-4 py-4 font-sans text-sm sm:px-6">
      <h2 id="cite" className="label !text-ink font-semibold">
        Cite this entry
      </h2>
      <p className="mt-2 select-all font-serif leading-relaxed">{text}</p>
      <p className="no-print mt-3">
        Download: <a href={`/entries/${entry.slug}/citation.bib`}>BibTeX</a>
        <span aria-hidden="true"> · </span>
        <a href={`/entries/${entry.slug}/citation.json`}>CSL-JSON</a>
      </p>
    </section>
  );
}
