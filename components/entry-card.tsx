import Link from "next/link";
import type { SearchHighlight } from "@/lib/entries/highlights";
import type { EntryCard } from "@/lib/entries/read-model";
import { scriptLanguage } from "@/lib/entries/search-text";
import { Highlighted } from "./highlighted";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";

/** One entry in a list: kind, date and place as a quiet line, the title, summary (or matched text), actors, sources. */
export function EntryCardView({
  entry,
  highlight,
  headingLevel = 2,
}: {
  entry: EntryCard;
  highlight?: SearchHighlight;
  headingLevel?: 2 | 3;
}) {
  const labels = useLabels();
  const actors = entry.actors.filter((a) => a.role !== "mentioned").slice(0, 4);
  const more = entry.actors.filter((a) => a.role !== "mentioned").length - actors.length;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-rule py-5 first:pt-3">
      <p className="label">
        <span>{labels.kind[entry.kind]}</span>
        <span aria-hidden="true"> · </span>
        <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
        {entry.place ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{entry.place}</span>
          </>
        ) : null}
      </p>
      <Heading className="mt-1 font-serif text-[1.2rem] font-bold leading-snug">
        <Link href={`/entries/${entry.slug}`} className="text-ink no-underline hover:underline">
          {highlight ? <Highlighted text={highlight.title} /> : entry.title}
        </Link>
      </Heading>
      {highlight?.excerpt ? (
        <p className="mt-1.5 font-serif leading-relaxed" lang={scriptLanguage(highlight.excerpt)}>
          <span className="sr-only">Matched text: </span>…&#8202;<Highlighted text={highlight.excerpt} />&#8202;…
        </p>
      ) : entry.summary ? (
        <p className="mt-1.5 max-w-[70ch] font-serif leading-relaxed">{entry.summary}</p>
      ) : null}
      <p className="mt-2 font-sans text-sm text-muted">
        {actors.map((a, i) => (
          <span key={`${a.slug}-${a.role}`}>
            {i > 0 ? ", " : null}
            {a.name}
          </span>
        ))}
        {more > 0 ? ` and ${more} more` : null}
        {actors.length > 0 ? <span aria-hidden="true"> · </span> : null}
        {entry.sourceCount === 1 ? "1 source" : `${entry.sourceCount} sources`}
      </p>
    </article>
  );
}
