// Partial dates: "2014", "2014-05", "2014-05-10" — shown at the precision the source gives, never more.
import type { DatePrecision, DateQualifier } from "./domain";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export type PartialDate = { date: string; precision: DatePrecision };

/** "2014-05" → { date: "2014-05-01", precision: "month" }; null when not a real calendar date. */
export function parsePartialDate(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const precision: DatePrecision = d ? "day" : mo ? "month" : "year";
  return { date: `${y}-${mo ?? "01"}-${d ?? "01"}`, precision };
}

/** The inverse of parsePartialDate: the stored date cut to its precision. */
export function toPartialDate(date: string, precision: DatePrecision): string {
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date.slice(0, 10);
}

/**
 * "20 March 2023", "May 2014", "2019", with "before"/"by"/"circa" in front when qualified. An undated entry's
 * date is only the bound its reporting source gives: "undated; written no earlier than November 2019", with the
 * source named when `reportedIn` is given.
 */
export function formatPartialDate(
  date: string,
  precision: DatePrecision,
  qualifier?: DateQualifier | null,
  reportedIn?: string | null,
): string {
  const [y, m, d] = date.slice(0, 10).split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  const text = precision === "year" ? `${y}` : precision === "month" ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
  if (!qualifier) return text;
  if (qualifier === "undated") return `undated; ${reportedIn ? `reported in ${reportedIn}, ` : ""}written no earlier than ${text}`;
  return `${qualifier === "circa" ? "c." : qualifier} ${text}`;
}


