// The export's files from one read of the record: record.json, three CSV tables (UTF-8 with BOM), and a zip of the tables.
import { stringify } from "csv-stringify/sync";
import JSZip from "jszip";
import type { MeetingDetails, RecognitionDetails, StatementDetails, Vote } from "@/lib/domain";
import { actorUrl, entryUrl } from "@/lib/feeds/urls";
import type { ExportRecord } from "./format";

export const CSV_FILES = ["entries.csv", "actors.csv", "sources.csv"] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export function recordJson(record: ExportRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

type Cell = string | number | boolean | null | undefined;

function csv(columns: string[], rows: Cell[][]): string {
  // The BOM lets spreadsheet programs read Armenian and Cyrillic as UTF-8; pandas and R skip it.
  return stringify(rows, {
    bom: true,
    header: true,
    columns,
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
}

const list = (values: string[]) => values.join("; ");
const json = (value: unknown) => JSON.stringify(value);

function voteCells(vote: Vote | null | undefined): Cell[] {
  return vote ? [vote.for, vote.against, vote.abstain, vote.unanimous] : [null, null, null, null];
}

export function entriesCsv(record: ExportRecord): string {
  const columns = [
    "slug", "url", "kind", "date", "date_precision", "date_qualifier", "title", "summary", "place", "tags", "actors",
    "original_language", "title_hy", "summary_hy", "title_ru", "summary_ru",
    "statement_form", "meeting_format", "recognition_action", "recognition_level", "recognition_body", "instrument",
    "vote_for", "vote_against", "vote_abstain", "vote_unanimous",
    "source_count", "published_at", "updated_at", "corrected_at", "correction_note", "body", "details_json",
  ];
  const rows = record.entries.map((e) => {
    const t = e.translations as { hy?: { title: string; summary: string }; ru?: { title: string; summary: string } };
    const statement = e.kind === "statement" ? (e.details as StatementDetails) : null;
    const meeting = e.kind === "meeting" ? (e.details as MeetingDetails) : null;
    const recognition = e.kind === "recognition" ? (e.details as RecognitionDetails) : null;
    const precision = e.date.length === 4 ? "year" : e.date.length === 7 ? "month" : "day";
    return [
      e.slug, entryUrl(e.slug), e.kind, e.date, precision, e.dateQualifier, e.title, e.summary, e.place, list(e.tags),
      list(e.actors.map((a) => `${a.actor}:${a.role}`)),
      e.originalLanguage, t.hy?.title, t.hy?.summary, t.ru?.title, t.ru?.summary,
      statement?.form, meeting?.format, recognition?.action, recognition?.level, recognition?.body, recognition?.instrument,
      ...voteCells(recognition?.vote),
      e.sources.length, e.publishedAt, e.updatedAt, e.correctedAt, e.correctionNote, e.body, json(e.details),
    ];
  });
  return csv(columns, rows);
}

/** Per actor, how many exported entries name it. */
export function entryCounts(record: ExportRecord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of record.entries) {
    for (const slug of new Set(entry.actors.map((a) => a.actor))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

export function actorsCsv(record: ExportRecord): string {
  const counts = entryCounts(record);
  const columns = [
    "slug", "url", "kind", "name_en", "name_hy", "name_ru", "country_code", "parent", "wikidata_id",
    "existed_from", "existed_until", "aliases", "description", "positions_json", "entry_count",
  ];
  const rows = record.actors.map((a) => [
    a.slug, actorUrl(a.slug), a.kind, a.name.en, a.name.hy, a.name.ru, a.countryCode, a.parent, a.wikidataId,
    a.existedFrom, a.existedUntil, list(a.aliases), a.description, json(a.positions), counts.get(a.slug) ?? 0,
  ]);
  return csv(columns, rows);
}

export function sourcesCsv(record: ExportRecord): string {
  const columns = [
    "entry_slug", "position", "tier", "title", "publisher", "author", "url", "archive_url", "published_on",
    "accessed_on", "language", "quote", "quote_translation", "locator", "link_status",
  ];
  const rows = record.entries.flatMap((e) =>
    e.sources.map((s, i) => [
      e.slug, i + 1, s.tier, s.title, s.publisher, s.author, s.url, s.archiveUrl, s.publishedOn,
      s.accessedOn, s.language, s.quote, s.quoteTranslation, s.locator, s.linkStatus,
    ]),
  );
  return csv(columns, rows);
}

export const CSV_BUILDERS: Record<CsvFile, (record: ExportRecord) => string> = {
  "entries.csv": entriesCsv,
  "actors.csv": actorsCsv,
  "sources.csv": sourcesCsv,
};

/** The three tables in one zip, stamped with the record's newest change, so the same record zips to the same bytes. */
export async function recordZip(record: ExportRecord): Promise<Uint8Array> {
  const newest = record.entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), "1980-01-01T00:00:00.000Z");
  const modified = new Date(newest);
  const zip = new JSZip();
  for (const name of CSV_FILES) zip.file(name, CSV_BUILDERS[name](record), { date: modified, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
