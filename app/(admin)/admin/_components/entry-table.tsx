// A compact table of entries for editors: title, kind, date, status, last change and by whom.
import { useLabels } from "@/lib/i18n/use-labels";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PartialDateText } from "@/components/partial-date";
import type { AdminEntryRow } from "@/lib/entries/admin-queries";
import { formatWhen } from "./format";

export function StatusBadge({ status, deleted }: { status: string; deleted?: boolean }) {
  const t = useTranslations("admin.table");
  const labels = useLabels();
  const text = deleted ? t("statusTrash") : labels.status[status === "published" ? "published" : "draft"];
  const tone = deleted ? "border-dashed" : status === "published" ? "bg-[var(--color-rule)]" : "border-[var(--color-ink)]";
  return <span className={`inline-block whitespace-nowrap rounded border px-1.5 text-xs font-semibold ${tone}`}>{text}</span>;
}

export function EntryTable({
  rows,
  caption,
  when = "updated",
  empty,
}: {
  rows: AdminEntryRow[];
  caption: string;
  when?: "updated" | "published" | "deleted";
  empty?: string;
}) {
  const t = useTranslations("admin.table");
  const locale = useLocale();
  const labels = useLabels();
  if (rows.length === 0) return <p className="text-sm text-[var(--color-muted)]">{empty ?? t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-[var(--color-ink)] text-left">
            <th scope="col" className="py-1 pr-3">{t("title")}</th>
            <th scope="col" className="hidden py-1 pr-3 sm:table-cell">{t("kind")}</th>
            <th scope="col" className="hidden py-1 pr-3 sm:table-cell">{t("date")}</th>
            <th scope="col" className="py-1 pr-3">{t("status")}</th>
            <th scope="col" className="py-1">{when === "published" ? t("published") : when === "deleted" ? t("deleted") : t("lastChange")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-[var(--color-rule)] align-top">
              <td className="py-1.5 pr-3">
                <Link href={row.deletedAt ? `/admin/entries/${row.id}/history` : `/admin/entries/${row.id}/edit`}>{row.title}</Link>
              </td>
              <td className="hidden py-1.5 pr-3 sm:table-cell">{labels.kind[row.kind]}</td>
              <td className="hidden py-1.5 pr-3 sm:table-cell">
                <PartialDateText date={row.date} precision={row.datePrecision} qualifier={row.dateQualifier} />
              </td>
              <td className="py-1.5 pr-3">
                <StatusBadge status={row.status} deleted={Boolean(row.deletedAt)} />
              </td>
              <td className="py-1.5 text-[var(--color-muted)]">
                {formatWhen(when === "published" ? row.publishedAt : when === "deleted" ? row.deletedAt : row.updatedAt, locale)}
                {when !== "published" && row.updatedByName ? ` · ${row.updatedByName}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
