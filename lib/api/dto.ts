// From the read models to the API's published shapes (lib/api/schemas.ts): absolute links added, internals left out.
import { toPartialDate } from "@/lib/dates";
import type { EntryDetail } from "@/lib/entries/read-model";
import { absoluteUrl, actorUrl, entryUrl } from "@/lib/feeds/urls";
import type { PublicActor } from "./actors";
import type { ApiActor, ApiEntry, ApiSource } from "./schemas";

export const API_BASE = "/api/v1";

export function toApiEntry(entry: EntryDetail): ApiEntry {
  return {
    slug: entry.slug,
    url: entryUrl(entry.slug),
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    date: toPartialDate(entry.date, entry.datePrecision),
    datePrecision: entry.datePrecision,
    dateQualifier: entry.dateQualifier,
    place: entry.place,
    tags: entry.tags,
    originalLanguage: entry.originalLanguage,
    translations: entry.translations,
    details: entry.details,
    actors: entry.actors.map((a) => ({ ...a, url: actorUrl(a.slug) })),
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

export function toApiActor(actor: PublicActor): ApiActor {
  return {
    slug: actor.slug,
    url: actorUrl(actor.slug),
    kind: actor.kind,
    name: actor.name,
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
