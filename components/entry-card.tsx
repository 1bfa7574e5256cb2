import Link from "next/link";
import type { EntryCard } from "@/lib/entries/queries";
import { KIND_LABEL } from "./labels";
import { PartialDateText } from "./partial-date";

export function EntryCardView({ entry }: { entry: EntryCard }) {
  const actors = entry.actors.filter((a) => a.role !== "mentioned").slice(0, 4);
  return (
    <article className="border-b border-[var(--color-rule)] py-5">
      <p className="text-xs uppercase tracking-wider text-[var(--color-muted)]">
        <span>{KIND_LABEL[entry.kind]}</span>
        <span aria-hidden="true"> · </span>
        <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
        {entry.place ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{entry.place}</span>
          </>
        ) : null}
      </p>
      <h3 className="mt-1 font-serif text-lg font-bold leading-snug">
        <Link href={`/entries/${entry.slug}`} className="text-[var(--color-ink)] hover:underline">
          {entry.title}
        </Link>
      </h3>
      {entry.summary ? <p className="mt-1 font-serif text-[0.97rem] leading-relaxed">{entry.summary}</p> : null}
      <p className="mt-2 text-sm text-[var(--color-muted)]">
        {actors.map((a) => a.name).join(", ")}
        {actors.length > 0 ? <span aria-hidden="true"> · </span> : null}
        {entry.sourceCount === 1 ? "1 source" : `${entry.sourceCount} sources`}
      </p>
    </article>
  );
}
