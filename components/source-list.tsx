import { formatPartialDate } from "@/lib/dates";
import type { Language } from "@/lib/domain";
import { formatDay } from "@/lib/entries/cite-text";
import type { PublicSource } from "@/lib/entries/read-model";
import { useLabels } from "@/lib/i18n/use-labels";

function published(on: string): string {
  const precision = on.length === 4 ? "year" : on.length === 7 ? "month" : "day";
  return formatPartialDate(on.length === 4 ? `${on}-01-01` : on.length === 7 ? `${on}-01` : on, precision);
}

/** The numbered citation list, set apart from the record's own text: sans, tinted, each source with its quote. */
export function SourceList({ sources }: { sources: PublicSource[] }) {
  const labels = useLabels();
  return (
    <section aria-labelledby="sources" className="print-urls mt-12 border-t-2 border-ink bg-panel px-4 py-5 font-sans text-sm sm:px-6">
      <h2 id="sources" className="label !text-ink font-semibold">
        Sources
      </h2>
      <ol className="mt-3 space-y-5">
        {sources.map((s, i) => (
          <li key={i} id={`source-${i + 1}`} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2">
            <span className="font-serif text-base font-bold tabular-nums text-muted" aria-hidden="true">
              {i + 1}.
            </span>
            <div>
              <p className="leading-relaxed">
                {s.author ? <span>{s.author}, </span> : null}
                {s.url ? (
                  <a href={s.url} rel="nofollow noopener noreferrer" className="font-semibold">
                    {s.title}
                  </a>
                ) : (
                  <cite className="font-semibold not-italic">{s.title}</cite>
                )}
                {s.publisher ? <span>, {s.publisher}</span> : null}
                {s.publishedOn ? <span>, {published(s.publishedOn)}</span> : null}
                <span>.</span>
              </p>
              <p className="mt-0.5 text-xs text-muted">
                <span>{labels.tier[s.tier]}</span>
                {s.language ? <span> · in {labels.language[s.language as Language] ?? s.language}</span> : null}
                {s.locator ? <span> · {s.locator}</span> : null}
                {s.accessedOn ? <span> · accessed {formatDay(s.accessedOn)}</span> : null}
                {s.linkStatus === "dead" ? <span> · the original link no longer answers</span> : null}
                {s.archiveUrl ? (
                  <span>
                    {" · "}
                    <a href={s.archiveUrl} rel="nofollow noopener noreferrer">
                      archived copy
                    </a>
                  </span>
                ) : null}
                {!s.url && !s.archiveUrl ? <span> · no online copy recorded</span> : null}
              </p>
              {s.quote ? (
                <blockquote lang={s.language ?? undefined} className="mt-2 border-l-2 border-rule pl-3 font-serif text-[0.95rem] italic leading-relaxed">
                  “{s.quote}”
                </blockquote>
              ) : null}
              {s.quoteTranslation ? (
                <p className="mt-1 pl-3.5 font-serif text-[0.95rem] leading-relaxed text-muted" lang="en">
                  <span className="label mr-1">Translation</span> {s.quoteTranslation}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
