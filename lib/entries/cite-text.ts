// The plain-text citation of an entry shown in its "cite this entry" block (BibTeX and CSL-JSON are files).
import { formatPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { DatePrecision, DateQualifier, EntryKind } from "@/lib/domain";

export const RECORD_NAME = "Artsakh Foreign Relations Record";

const KIND_WORD: Record<EntryKind, string> = { statement: "Statement", meeting: "Meeting", recognition: "Recognition event" };

/** "20 March 2023" for an ISO timestamp, in UTC so every reader sees the same day. */
export function formatDay(iso: string, locale: Locale = "en"): string {
  return formatPartialDate(iso.slice(0, 10), "day", null, locale);
}

/**
 * Record name, "Title.", kind and date at the source's precision, last update, address and access date:
 * `Artsakh Foreign Relations Record. "Title." Meeting, 20 March 2023. Last updated 2 May 2025. https://… (accessed 3 May 2025).`
 */
export function formatEntryCitation(entry: {
  title: string;
  kind: EntryKind;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  updatedAt: string;
  url: string;
  accessed: Date;
}): string {
  const title = entry.title.trim();
  const quotedTitle = /[.!?]$/.test(title) ? `“${title}”` : `“${title}.”`;
  const when = formatPartialDate(entry.date, entry.datePrecision, entry.dateQualifier);
  return [
    `${RECORD_NAME}.`,
    quotedTitle,
    `${KIND_WORD[entry.kind]}, ${when}.`,
    `Last updated ${formatDay(entry.updatedAt)}.`,
    `${entry.url} (accessed ${formatDay(entry.accessed.toISOString())}).`,
  ].join(" ");
}
