// Words for what a filtered feed holds, e.g. "Meetings with Russia, 2014": its title says what was subscribed to.
import type { EntryFilters } from "@/lib/entries/filters";
import { feedTranslator } from "@/lib/i18n/feed-words";
import { labelsFor } from "@/lib/i18n/labels-server";
import type { Locale } from "@/lib/i18n/locales";

export function describeFilters(filters: EntryFilters, actorName?: string | null, locale: Locale = "en"): string | null {
  const t = feedTranslator(locale);
  const parts: string[] = [];
  parts.push(filters.kind ? labelsFor(locale).kindPlural[filters.kind] : t("describe.all"));
  if (filters.actor) parts.push(t("describe.actor", { name: actorName ?? filters.actor }));
  if (filters.country) parts.push(t("describe.country", { code: filters.country }));
  if (filters.year) parts.push(t("describe.year", { year: String(filters.year) }));
  if (filters.tag) parts.push(t("describe.tag", { tag: filters.tag }));
  if (filters.q) parts.push(t("describe.q", { q: filters.q }));
  return parts.length > 1 || filters.kind ? parts.join(" ") : null;
}
