// Words for what a filtered feed holds, e.g. "Meetings with Russia, 2014": its title says what was subscribed to.
import { labelsFor } from "@/lib/i18n/labels-server";
import type { EntryFilters } from "@/lib/entries/filters";

export function describeFilters(filters: EntryFilters, actorName?: string | null): string | null {
  const parts: string[] = [];
  parts.push(filters.kind ? labelsFor("en").kindPlural[filters.kind] : "Entries");
  if (filters.actor) parts.push(`with ${actorName ?? filters.actor}`);
  if (filters.country) parts.push(`in ${filters.country}`);
  if (filters.year) parts.push(`in ${filters.year}`);
  if (filters.tag) parts.push(`tagged “${filters.tag}”`);
  if (filters.q) parts.push(`matching “${filters.q}”`);
  return parts.length > 1 || filters.kind ? parts.join(" ") : null;
}
