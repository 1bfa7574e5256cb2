// The plain-text citation of an entry shown in its "cite this entry" block (BibTeX and CSL-JSON are files, in
// English). On the Armenian and Russian pages its words (the kind, "Last updated", "accessed", the dates and the
// punctuation around the title) are the page's; the record's name and an untranslated title stay English, each
// part saying its language so that the page can mark it.
import { formatPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { DatePrecision, DateQualifier, EntryKind } from "@/lib/domain";

export const RECORD_NAME = "Artsakh Foreign Relations Record";

const KIND_WORD: Record<EntryKind, string> = { statement: "Statement", meeting: "Meeting", recognition: "Recognition event" };

/** "20 March 2023" for an ISO timestamp, in UTC so every reader sees the same day. */
export function formatDay(iso: string, locale: Locale = "en"): string {
  return formatPartialDate(iso.slice(0, 10), "day", null, locale);
}

/** The words of a citation in one language: the page's catalogue (entries.cite.*) and labels. */
export type CitationWords = {
  locale: Locale;
  kind: Record<EntryKind, string>;
  title: (title: string) => string;
  titleWithStop: (title: string) => string;
  kindDate: (kind: string, date: string) => string;
  lastUpdated: (date: string) => string;
  accessed: (url: string, date: string) => string;
};

const ENGLISH: CitationWords = {
  locale: "en",
  kind: KIND_WORD,
  title: (title) => `“${title}.”`,
  titleWithStop: (title) => `“${title}”`,
  kindDate: (kind, date) => `${kind}, ${date}.`,
  lastUpdated: (date) => `Last updated ${date}.`,
  accessed: (url, date) => `${url} (accessed ${date}).`,
};

type Translate = (key: string, values?: Record<string, string>) => string;

/** `t` bound to `entries.cite`, `kind` the labels' kind map. */
export function citationWords(locale: Locale, t: Translate, kind: Record<EntryKind, string>): CitationWords {
  if (locale === "en") return ENGLISH;
  return {
    locale,
    kind,
    title: (title) => t("title", { title }),
    titleWithStop: (title) => t("titleWithStop", { title }),
    kindDate: (k, date) => t("kindDate", { kind: k, date }),
    lastUpdated: (date) => t("lastUpdated", { date }),
    accessed: (url, date) => t("accessed", { url, date }),
  };
}

/** One part of a citation and the language it is written in. */
export type CitationPart = { text: string; lang: Locale };

type Citable = {
  title: string;
  /** The language `title` is in (an untranslated title on an Armenian page is English). */
  titleLanguage?: Locale;
  kind: EntryKind;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  updatedAt: string;
  url: string;
  accessed: Date;
};

/** The citation's parts, each with its language, joined by spaces. */
export function entryCitationParts(entry: Citable, words: CitationWords = ENGLISH): CitationPart[] {
  const { locale } = words;
  const title = entry.title.trim();
  const quotedTitle = /[.!?։]$/.test(title) ? words.titleWithStop(title) : words.title(title);
  const when = formatPartialDate(entry.date, entry.datePrecision, entry.dateQualifier, locale);
  return [
    { text: `${RECORD_NAME}.`, lang: "en" },
    { text: quotedTitle, lang: entry.titleLanguage ?? locale },
    { text: words.kindDate(words.kind[entry.kind], when), lang: locale },
    { text: words.lastUpdated(formatDay(entry.updatedAt, locale)), lang: locale },
    { text: words.accessed(entry.url, formatDay(entry.accessed.toISOString(), locale)), lang: locale },
  ];
}

/**
 * Record name, "Title.", kind and date at the source's precision, last update, address and access date:
 * `Artsakh Foreign Relations Record. "Title." Meeting, 20 March 2023. Last updated 2 May 2025. https://… (accessed 3 May 2025).`
 */
export function formatEntryCitation(entry: Citable, words: CitationWords = ENGLISH): string {
  return entryCitationParts(entry, words)
    .map((p) => p.text)
    .join(" ");
}
