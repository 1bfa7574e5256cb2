// Reads the whole published record into the export format: deterministic, so an unchanged record exports the same bytes.
import "server-only";
import { listRecordActors, type RecordActor } from "@/lib/api/actors";
import { toPartialDate } from "@/lib/dates";
import { allPublishedEntryDetails } from "@/lib/entries/details";
import type { EntryDetail } from "@/lib/entries/read-model";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportActor, type ExportEntry, type ExportRecord } from "./format";

function toExportActor(actor: RecordActor): ExportActor {
  return {
    slug: actor.slug,
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
    // Only when set, so exports of records without such actors stay as they were.
    ...(actor.public ? { public: true } : {}),
  };
}

function toExportEntry(entry: EntryDetail): ExportEntry {
  return {
    slug: entry.slug,
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    date: toPartialDate(entry.date, entry.datePrecision),
    dateQualifier: entry.dateQualifier,
    place: entry.place,
    tags: entry.tags,
    originalLanguage: entry.originalLanguage,
    translations: entry.translations,
    details: entry.details,
    actors: entry.actors.map((a) => ({ actor: a.slug, role: a.role, title: a.titleAtTime })),
    sources: entry.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      url: s.url,
      archiveUrl: s.archiveUrl,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn,
      language: s.language,
      quote: s.quote,
      quoteTranslation: s.quoteTranslation,
      quoteTranslator: s.quoteTranslator,
      locator: s.locator,
      tier: s.tier,
      linkStatus: s.linkStatus,
    })),
    discrepancies: entry.discrepancies,
    publishedAt: entry.publishedAt ?? entry.updatedAt,
    updatedAt: entry.updatedAt,
    correctedAt: entry.correctedAt,
    correctionNote: entry.correctionNote,
  };
}

/** Every published entry (oldest first) and every actor they need or that is live (by slug). */
export async function readPublishedRecord(): Promise<ExportRecord> {
  const entries: ExportEntry[] = [];
  for await (const batch of allPublishedEntryDetails()) entries.push(...batch.map(toExportEntry));
  const actors = (await listRecordActors()).map(toExportActor);
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, actors, entries };
}
