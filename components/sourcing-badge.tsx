// A neutral note on how an entry is sourced: resting on a single source, or on no primary source.
import Link from "@/components/locale-link";
import { getTranslations } from "next-intl/server";

export function sourcingNotes(entry: { sourceCount: number; primarySourceCount: number }): ("single" | "no-primary")[] {
  const notes: ("single" | "no-primary")[] = [];
  if (entry.sourceCount === 1) notes.push("single");
  if (entry.sourceCount > 0 && entry.primarySourceCount === 0) notes.push("no-primary");
  return notes;
}

/** The badges, each linking to the entries that share it. */
export async function SourcingBadges({ entry }: { entry: { sourceCount: number; primarySourceCount: number } }) {
  const notes = sourcingNotes(entry);
  if (notes.length === 0) return null;
  const t = await getTranslations("provenance.sourcing");
  return (
    <span className="inline-flex flex-wrap gap-1.5 align-middle">
      {notes.map((n) => (
        <Link
          key={n}
          href={`/entries?sourcing=${n}`}
          className="inline-block rounded-sm border border-rule px-1.5 py-px font-sans text-xs text-muted no-underline hover:border-ink"
        >
          {t(n === "single" ? "single" : "noPrimary")}
        </Link>
      ))}
    </span>
  );
}
