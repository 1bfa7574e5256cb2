// Words for a filtered view of the record, for its <title>, heading and feed titles.
import type { EntryFacets } from "@/lib/entries/browse";
import type { EntryFilters } from "@/lib/entries/filters";
import { formatPartialDate } from "@/lib/dates";
import { KIND_PLURAL } from "./labels";

export function describeFilters(filters: EntryFilters, facets: EntryFacets): string {
  const parts: string[] = [];
  parts.push(filters.kind ? KIND_PLURAL[filters.kind] : "Entries");
  if (filters.actor) parts.push(`involving ${facets.actors.find((a) => a.slug === filters.actor)?.name ?? filters.actor}`);
  if (filters.country) parts.push(`in ${facets.countries.find((c) => c.code === filters.country)?.name ?? filters.country}`);
  if (filters.year) parts.push(`in ${filters.year}`);
  if (filters.tag) parts.push(`tagged “${filters.tag.replace(/-/g, " ")}”`);
  if (filters.q) parts.push(`matching “${filters.q}”`);
  if (filters.sourcing === "single") parts.push("resting on a single source");
  if (filters.sourcing === "no-primary") parts.push("without a primary source");
  if (filters.as_of) parts.push(`as of ${formatPartialDate(filters.as_of, "day")}`);
  return parts.join(" ");
}
