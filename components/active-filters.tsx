import type { EntryKind } from "@/lib/constants";
import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import type { EntryFacets } from "@/lib/entries/browse";
import { actorName } from "@/lib/i18n/content";
import { FILTER_KEYS, filtersToSearchParams, type EntryFilters } from "@/lib/entries/filters";
import { formatPartialDate } from "@/lib/dates";
import type { SourcingFilter } from "@/lib/constants";
import type { Locale } from "@/lib/i18n/locales";
import { useLabels } from "@/lib/i18n/use-labels";

/** Each active filter with a link that removes just that one: the way back from a view that matches nothing. */
export function ActiveFilters({ filters, facets }: { filters: EntryFilters; facets: EntryFacets }) {
  const labels = useLabels();
  const t = useTranslations("entries.filters");
  const locale = useLocale() as Locale;
  const name = (key: (typeof FILTER_KEYS)[number]) => t(`name.${key}`);
  const active = FILTER_KEYS.filter((k) => filters[k] !== undefined && filters[k] !== "");
  if (active.length === 0) return null;
  const valueOf = (key: (typeof FILTER_KEYS)[number]): string => {
    const v = filters[key]!;
    if (key === "kind") return labels.kind[v as EntryKind];
    if (key === "actor") {
      const actor = facets.actors.find((a) => a.slug === v);
      return actor ? actorName(actor, locale).text : String(v);
    }
    if (key === "country") {
      const country = facets.countries.find((c) => c.code === v);
      return country ? actorName(country, locale).text : String(v);
    }
    if (key === "q") return `“${v}”`;
    if (key === "sourcing") return labels.sourcing[v as SourcingFilter];
    if (key === "as_of") return formatPartialDate(String(v), "day", null, locale);
    return String(v);
  };
  return (
    <ul aria-label={t("active")} className="flex flex-wrap gap-2 font-sans text-sm">
      {active.map((key) => {
        const rest = filtersToSearchParams({ ...filters, [key]: undefined });
        const href = rest.size ? `/entries?${rest}` : "/entries";
        return (
          <li key={key}>
            <Link
              href={href}
              aria-label={t("remove", { name: name(key), value: valueOf(key) })}
              className="inline-flex min-h-9 items-center gap-2 rounded-sm border border-rule bg-panel px-2.5 py-1 text-ink no-underline hover:border-ink"
            >
              <span className="text-muted">{name(key)}:</span> <span>{valueOf(key)}</span>
              <span aria-hidden="true" className="text-muted">
                ✕
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
