import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import { voteWords } from "@/lib/i18n/vote-words";
import { recognitionSearchParams, defaultOrder, type RecognitionQuery, type RecognitionSort } from "@/lib/recognition/filters";
import { CATEGORY_OF_ACTION } from "@/lib/recognition/categories";
import { formatVote } from "@/lib/recognition/format";
import type { RecognitionRow } from "@/lib/recognition/queries";
import { useLabels } from "@/lib/i18n/use-labels";
import { actorName, entryTitle, type InLanguage } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { PartialDateText } from "./partial-date";

const COLUMNS: { key: RecognitionSort | null; label: string }[] = [
  { key: "jurisdiction", label: "jurisdiction" },
  { key: "level", label: "level" },
  { key: "action", label: "action" },
  { key: null, label: "instrument" },
  { key: null, label: "vote" },
  { key: "date", label: "date" },
  { key: null, label: "source" },
];

function SortHeader({ column, label, query }: { column: RecognitionSort; label: string; query: RecognitionQuery }) {
  const active = query.sort === column;
  const nextOrder = active ? (query.order === "asc" ? "desc" : "asc") : defaultOrder(column);
  const params = recognitionSearchParams({ ...query, sort: column, order: nextOrder, page: 1 });
  const t = useTranslations("recognition.table");
  const direction = query.order === "asc" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={active ? direction : undefined} className="whitespace-nowrap px-3 py-2 font-semibold">
      <Link href={`/recognition${params.size ? `?${params}` : ""}#events`} className="text-ink">
        {label}
        <span aria-hidden="true" className="ml-1 text-muted">
          {active ? (query.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">{active ? t(`sorted.${direction}`, { next: t(`order.${nextOrder}`) }) : t("sort")}</span>
      </Link>
    </th>
  );
}

/** Every recognition event, one row each; headers are links that sort (no JavaScript), the state is in the URL. */
export function RecognitionTable({ rows, query }: { rows: RecognitionRow[]; query: RecognitionQuery }) {
  const labels = useLabels();
  const t = useTranslations("recognition.table");
  const words = voteWords(useTranslations("recognition"));
  // Names and titles in the reader's language where the record has them, else English marked lang="en";
  // instruments and sources as the record holds them, in English.
  const locale = useLocale() as Locale;
  const en = locale === "en" ? undefined : "en";
  const langOf = (value: InLanguage) => (value.lang === locale ? undefined : value.lang);
  return (
    <div role="region" aria-labelledby="events-caption" tabIndex={0} className="relative overflow-x-auto border-t-2 border-ink">
      <table className="w-full min-w-[52rem] border-collapse font-sans text-sm">
        <caption id="events-caption" className="sr-only">
          {t("caption")}
        </caption>
        <thead>
          <tr className="border-b border-ink text-left align-bottom">
            {COLUMNS.map((c) =>
              c.key ? (
                <SortHeader key={c.label} column={c.key} label={t(`column.${c.label}`)} query={query} />
              ) : (
                <th key={c.label} scope="col" className="px-3 py-2 font-semibold">
                  {t(`column.${c.label}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-rule align-top hover:bg-panel">
              <th scope="row" className="px-3 py-2.5 text-left font-normal">
                {r.jurisdictions.length > 0
                  ? r.jurisdictions.map((j, i) => {
                      const name = actorName(j, locale);
                      return (
                        <span key={j.slug}>
                          {i > 0 ? " · " : null}
                          <Link href={`/actors/${j.slug}`} className="font-serif font-bold" lang={langOf(name)}>
                            {name.text}
                          </Link>
                        </span>
                      );
                    })
                  : "—"}
                {(() => {
                  const title = entryTitle({ title: r.title, summary: "", translations: r.translations }, locale);
                  return (
                    <Link href={`/entries/${r.slug}`} className="mt-0.5 block text-xs text-muted" lang={langOf(title)}>
                      {title.text}
                    </Link>
                  );
                })()}
              </th>
              <td className="px-3 py-2.5">{labels.level[r.level]}</td>
              <td className="px-3 py-2.5">
                <span className="inline-flex items-start gap-1.5">
                  <span aria-hidden="true" className={`mt-1 inline-block h-2.5 w-2.5 shrink-0 swatch-${CATEGORY_OF_ACTION[r.action]}`} />
                  {labels.action[r.action]}
                </span>
              </td>
              <td className="px-3 py-2.5">
                {r.instrument ?? (
                  <span className="text-muted">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("notRecorded")}</span>
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 tabular-nums">
                {formatVote(r.vote, words) ?? (
                  <span className="text-muted">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("notRecorded")}</span>
                  </span>
                )}
                {r.stageCount > 1 ? <span className="block text-xs text-muted">{t("stages", { count: r.stageCount })}</span> : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2.5">
                <PartialDateText date={r.date} precision={r.datePrecision} qualifier={r.dateQualifier} />
              </td>
              <td className="px-3 py-2.5">
                {r.source ? (
                  r.source.url ? (
                    <a href={r.source.url} rel="nofollow noopener noreferrer" lang={en}>
                      {r.source.title}
                    </a>
                  ) : (
                    <Link href={`/entries/${r.slug}#sources`} lang={en}>{r.source.title}</Link>
                  )
                ) : (
                  "—"
                )}
                {r.source?.publisher ? <span className="text-muted" lang={en}>, {r.source.publisher}</span> : null}
                {r.sourceCount > 1 ? <span className="block text-xs text-muted">{t("more", { count: r.sourceCount - 1 })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
