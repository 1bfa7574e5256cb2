// Words for a filtered view of the record, for its <title>, heading and feed titles.
import type { EntryFacets } from "@/lib/entries/browse";
import type { EntryFilters } from "@/lib/entries/filters";
import type { Labels } from "@/lib/i18n/labels";

/** `t` bound to the `entries.view` messages. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export function describeFilters(filters: EntryFilters, facets: EntryFacets, labels: Labels, t: Translate): string {
  const parts: string[] = [];
  parts.push(filters.kind ? labels.kindPlural[filters.kind] : t("all"));
  if (filters.actor) parts.push(t("actor", { name: facets.actors.find((a) => a.slug === filters.actor)?.name ?? filters.actor }));
  if (filters.country) parts.push(t("country", { name: facets.countries.find((c) => c.code === filters.country)?.name ?? filters.country }));
  if (filters.year) parts.push(t("year", { year: String(filters.year) }));
  if (filters.tag) parts.push(t("tag", { tag: filters.tag.replace(/-/g, " ") }));
  if (filters.q) parts.push(t("q", { q: filters.q }));
  return parts.join(" ");
}
