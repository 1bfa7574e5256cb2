// Words for a filtered view of the record, for its <title>, heading and feed titles.
import type { EntryFacets } from "@/lib/entries/browse";
import type { EntryFilters } from "@/lib/entries/filters";
import type { Labels } from "@/lib/i18n/labels";

export function describeFilters(filters: EntryFilters, facets: EntryFacets, labels: Labels): string {
  const parts: string[] = [];
  parts.push(filters.kind ? labels.kindPlural[filters.kind] : "Entries");
  if (filters.actor) parts.push(`involving ${facets.actors.find((a) => a.slug === filters.actor)?.name ?? filters.actor}`);
  if (filters.country) parts.push(`in ${facets.countries.find((c) => c.code === filters.country)?.name ?? filters.country}`);
  if (filters.year) parts.push(`in ${filters.year}`);
  if (filters.tag) parts.push(`tagged “${filters.tag.replace(/-/g, " ")}”`);
  if (filters.q) parts.push(`matching “${filters.q}”`);
  return parts.join(" ");
}
