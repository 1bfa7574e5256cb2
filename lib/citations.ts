// How to cite an entry of the record: BibTeX and CSL-JSON (the format Zotero, Pandoc and citeproc read).
import { formatPartialDate } from "@/lib/dates";
import type { EntryDetail } from "@/lib/entries/read-model";
import { SITE_NAME, entryUrl } from "@/lib/feeds/urls";
import { labelsFor } from "@/lib/i18n/labels-server";

type CitableEntry = Pick<
  EntryDetail,
  "slug" | "kind" | "title" | "date" | "datePrecision" | "dateQualifier" | "publishedAt" | "updatedAt" | "correctedAt"
>;

export function citationKey(slug: string): string {
  return `afrr:${slug}`;
}

/** "Meeting of 20 March 2023": says what the entry records, so the citation is not mistaken for the event's own source. */
function eventNote(entry: CitableEntry): string {
  return `Record entry on a ${labelsFor("en").kind[entry.kind].toLowerCase()} of ${formatPartialDate(entry.date, entry.datePrecision, entry.dateQualifier)}`;
}

const LATEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text for a BibTeX field: LaTeX's special characters escaped; Unicode left as it is (biber and modern BibTeX read it). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c]!).replace(/\s+/g, " ").trim();
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function issued(entry: CitableEntry): Date {
  return new Date(entry.publishedAt ?? entry.updatedAt);
}

export function toBibtex(entry: CitableEntry, accessed: Date = new Date()): string {
  const published = issued(entry);
  const url = entryUrl(entry.slug);
  const fields: [string, string][] = [
    // Double braces keep the capitals of names in the title and make the site a corporate author, not "Record, A. F. R.".
    ["title", `{${escapeBibtex(entry.title)}}`],
    ["author", `{${escapeBibtex(SITE_NAME)}}`],
    ["year", String(published.getUTCFullYear())],
    ["month", MONTHS[published.getUTCMonth()]!],
    ["date", published.toISOString().slice(0, 10)],
    ["howpublished", `\\url{${url}}`],
    ["url", url],
    ["urldate", accessed.toISOString().slice(0, 10)],
    ["note", escapeBibtex(`${eventNote(entry)}${entry.correctedAt ? `; corrected ${entry.correctedAt.slice(0, 10)}` : ""}`)],
  ];
  const body = fields.map(([name, value]) => `  ${name.padEnd(12)} = ${name === "month" ? value : `{${value}}`}`).join(",\n");
  return `@misc{${citationKey(entry.slug)},\n${body}\n}\n`;
}

const dateParts = (d: Date) => ({ "date-parts": [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

export type CslItem = {
  id: string;
  type: "webpage";
  title: string;
  "container-title": string;
  author: { literal: string }[];
  URL: string;
  issued: { "date-parts": number[][] };
  accessed: { "date-parts": number[][] };
  language: string;
  note: string;
};

/**
 * CSL-JSON is an array of items, so a file with one entry is still a valid bibliography. A "webpage" names its
 * site in `container-title` (Zotero's "Website Title"); `publisher` is for the body that issues a book or report,
 * and giving the site there as well makes styles print its name twice. The record is the corporate author, as in
 * the BibTeX and the plain-text citation.
 */
export function toCslJson(entry: CitableEntry, accessed: Date = new Date()): CslItem[] {
  return [
    {
      id: citationKey(entry.slug),
      type: "webpage",
      title: entry.title,
      "container-title": SITE_NAME,
      author: [{ literal: SITE_NAME }],
      URL: entryUrl(entry.slug),
      issued: dateParts(issued(entry)),
      accessed: dateParts(accessed),
      language: "en",
      note: eventNote(entry),
    },
  ];
}
