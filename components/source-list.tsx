import type { PublicSource } from "@/lib/entries/queries";

/** The numbered citation list: kept visually apart from the record's own text. */
export function SourceList({ sources }: { sources: PublicSource[] }) {
  return (
    <section aria-labelledby="sources" className="mt-10 rounded border border-[var(--color-rule)] p-4 text-sm">
      <h2 id="sources" className="font-semibold uppercase tracking-wider">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-3 pl-5">
        {sources.map((s, i) => (
          <li key={i}>
            {s.url ? <a href={s.url} rel="nofollow noopener noreferrer">{s.title}</a> : <cite className="not-italic">{s.title}</cite>}
            {s.publisher ? <span>, {s.publisher}</span> : null}
            {s.publishedOn ? <span>, {s.publishedOn}</span> : null}
            <span className="text-[var(--color-muted)]"> ({s.tier})</span>
            {s.archiveUrl ? (
              <span>
                {" "}
                · <a href={s.archiveUrl} rel="nofollow noopener noreferrer">archived copy</a>
              </span>
            ) : null}
            {s.accessedOn ? <span className="text-[var(--color-muted)]"> · accessed {s.accessedOn}</span> : null}
            {s.locator ? <span className="block text-[var(--color-muted)]">{s.locator}</span> : null}
            {s.quote ? <blockquote className="mt-1 border-l-2 border-[var(--color-rule)] pl-3 italic">“{s.quote}”</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
