// The changes between two revisions (entries' or actors'), as added and removed lines that screen readers name.
// Shared by the editorial history and the public corrections log (/changes/[id]).
import { useTranslations } from "next-intl";
import type { DiffLine } from "@/lib/entries/diff";

export function RevisionDiff({
  lines,
  label,
  unchanged,
}: {
  lines: DiffLine[];
  label: string;
  unchanged?: string;
}) {
  const t = useTranslations("admin.history");
  if (lines.every((l) => l.type === "gap")) return <p className="text-sm text-[var(--color-muted)]">{unchanged ?? t("unchanged")}</p>;
  return (
    <pre aria-label={label} className="overflow-x-auto rounded border border-[var(--color-rule)] p-2 text-xs leading-relaxed whitespace-pre-wrap">
      {lines.map((line, i) =>
        line.type === "gap" ? (
          <span key={i} className="block text-[var(--color-muted)]">⋯</span>
        ) : line.type === "added" ? (
          <ins key={i} className="block bg-green-100 no-underline text-green-950 dark:bg-green-950 dark:text-green-100">
            <span aria-hidden="true">+ </span>
            <span className="sr-only">{t("added")} </span>
            {line.text}
          </ins>
        ) : line.type === "removed" ? (
          <del key={i} className="block bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100">
            <span aria-hidden="true">− </span>
            <span className="sr-only">{t("removed")} </span>
            {line.text}
          </del>
        ) : (
          <span key={i} className="block">
            {"  "}
            {line.text}
          </span>
        ),
      )}
    </pre>
  );
}
