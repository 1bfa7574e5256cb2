import Link from "next/link";
import type { EntryCard } from "@/lib/entries/read-model";
import { KIND_LABEL, ROLE_LABEL } from "./labels";
import { PartialDateText } from "./partial-date";

/** Entries as a timeline grouped by year, each with the part the given actor played in it. */
export function Timeline({ entries, actorSlug }: { entries: EntryCard[]; actorSlug: string }) {
  const years: { year: string; items: EntryCard[] }[] = [];
  for (const e of entries) {
    // Undated entries are never put under a year they do not have.
    const year = e.dateQualifier === "undated" ? "Undated" : e.date.slice(0, 4);
    const last = years[years.length - 1];
    if (last && last.year === year) last.items.push(e);
    else years.push({ year, items: [e] });
  }
  return (
    <ol className="mt-2">
      {years.map(({ year, items }, i) => (
        // A year can come twice around undated entries, which sort by their bound.
        <li key={`${i}-${year}`} className="grid grid-cols-[3.5rem_minmax(0,1fr)] gap-x-4 border-b border-rule py-4 sm:grid-cols-[5rem_minmax(0,1fr)]">
          <h3 className={`font-serif font-bold tabular-nums text-muted ${year === "Undated" ? "text-base sm:text-lg" : "text-xl sm:text-2xl"}`}>{year}</h3>
          <ol className="space-y-4">
            {items.map((e) => {
              const mine = e.actors.filter((a) => a.slug === actorSlug);
              return (
                <li key={e.id}>
                  <p className="label">
                    {KIND_LABEL[e.kind]} · <PartialDateText date={e.date} precision={e.datePrecision} qualifier={e.dateQualifier} />
                  </p>
                  <Link href={`/entries/${e.slug}`} className="font-serif text-[1.05rem] font-bold leading-snug text-ink no-underline hover:underline">
                    {e.title}
                  </Link>
                  {mine.length > 0 ? (
                    <p className="font-sans text-xs text-muted">
                      {mine.map((a) => ROLE_LABEL[a.role] + (a.titleAtTime ? ` (${a.titleAtTime})` : "")).join("; ")}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
