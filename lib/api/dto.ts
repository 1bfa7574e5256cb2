// From the read models to the API's published shapes (lib/api/schemas.ts): absolute links added, internals left out.
import { toPartialDate } from "@/lib/dates";
import type { EntryDetail } from "@/lib/entries/read-model";
import { absoluteUrl, actorUrl, entryUrl } from "@/lib/feeds/urls";
import { actorName, entrySummary, entryTitle } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicActor } from "./actors";
import type { ApiActor, ApiEntry, ApiSource } from "./schemas";

export const API_BASE = "/api/v1";

/** `lang`: the title, summary and actors' names in that language where the record has them; each says which it is. */
export function toApiEntry(entry: EntryDetail, lang: Locale = "en"): ApiEntry {
  const title = entryTitle(entry, lang);
  const summary = entrySummary(entry, lang);
  return {
    slug: entry.slug,
    url: entryUrl(entry.slug),
    kind: entry.kind,
    language: lang,
    title: title.text,
    titleLanguage: title.lang,
    summary: summary.text,
    summaryLanguage: summary.lang,
    body: entry.body,
    date: toPartialDate(entry.date, entry.datePrecision),
    datePrecision: entry.datePrecision,
    dateQualifier: entry.dateQualifier,
    place: entry.place,
    tags: entry.tags,
    originalLanguage: entry.originalLanguage,
    translations: entry.translations,
    details: entry.details,
    actors: entry.actors.map((a) => {
      const name = actorName(a, lang);
      return { ...a, name: name.text, nameLanguage: name.lang, url: actorUrl(a.slug) };
    }),
    // Both columns are constrained in the database to these values.
    sources: entry.sources.map(({ capture: _capture, ...s }) => ({ ...s, language: s.language as ApiSource["language"], linkStatus: s.linkStatus as ApiSource["linkStatus"] })),
    discrepancies: entry.discrepancies,
    publishedAt: entry.publishedAt ?? entry.updatedAt,
    updatedAt: entry.updatedAt,
    correctedAt: entry.correctedAt,
    correctionNote: entry.correctionNote,
    links: {
      self: absoluteUrl(`${API_BASE}/entries/${entry.slug}`),
      bibtex: `${entryUrl(entry.slug)}/citation.bib`,
      cslJson: `${entryUrl(entry.slug)}/citation.json`,
    },
  };
}

export function toApiActor(actor: PublicActor, lang: Locale = "en"): ApiActor {
  const displayName = actorName({ name: actor.name.en, nameHy: actor.name.hy, nameRu: actor.name.ru }, lang);
  return {
    slug: actor.slug,
    url: actorUrl(actor.slug),
    kind: actor.kind,
    name: actor.name,
    displayName: { text: displayName.text, language: displayName.lang },
    aliases: actor.aliases,
    countryCode: actor.countryCode,
    parent: actor.parent,
    wikidataId: actor.wikidataId,
    existedFrom: actor.existedFrom,
    existedUntil: actor.existedUntil,
    description: actor.description,
    positions: actor.positions,
    entryCount: actor.entryCount,
    links: {
      self: absoluteUrl(`${API_BASE}/actors/${actor.slug}`),
      entries: absoluteUrl(`${API_BASE}/entries?actor=${actor.slug}`),
    },
  };
}
