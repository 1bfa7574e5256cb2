import { useLocale } from "next-intl";
import Link from "@/components/locale-link";
import { InLanguageText } from "./in-language";
import { entryTitle } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import type { EntryCard } from "@/lib/entries/read-model";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";

/** Entries as a timeline grouped by year, each with the part the given actor played in it. */
export function Timeline({ entries, actorSlug }: { entries: EntryCard[]; actorSlug: string }) {
  const labels = useLabels();
  const locale = useLocale() as Locale;
  const years: { year: string; items: EntryCard[] }[] = [];
  for (const e of entries) {
    const year = e.date.slice(0, 4);
    const last = years[years.length - 1];
    if (last && last.year === year) last.items.push(e);
    else years.push({ year, items: [e] });
  }
  return (
    <ol className="mt-2">
      {years.map(({ year, items }) => (
        <li key={year} className="grid grid-cols-[3.5rem_minmax(0,1fr)] gap-x-4 border-b border-rule py-4 sm:grid-cols-[5rem_minmax(0,1fr)]">
          <h3 className="font-serif text-xl font-bold tabular-nums text-muted sm:text-2xl">{year}</h3>
          <ol className="space-y-4">
            {items.map((e) => {
              const mine = e.actors.filter((a) => a.slug === actorSlug);
              return (
                <li key={e.id}>
                  <p className="label">
                    {labels.kind[e.kind]} · <PartialDateText date={e.date} precision={e.datePrecision} qualifier={e.dateQualifier} />
                  </p>
                  <Link href={`/entries/${e.slug}`} className="font-serif text-[1.05rem] font-bold leading-snug text-ink no-underline hover:underline">
                    <InLanguageText value={entryTitle(e, locale)} />
                  </Link>
                  {mine.length > 0 ? (
                    <p className="font-sans text-xs text-muted">
                      {mine.map((a) => labels.role[a.role]).join("; ")}
                      {mine.some((a) => a.titleAtTime) ? <span lang={locale === "en" ? undefined : "en"}> ({mine.map((a) => a.titleAtTime).filter(Boolean).join("; ")})</span> : null}
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
