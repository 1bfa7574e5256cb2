import { formatPartialDate, toPartialDate } from "@/lib/dates";
import type { DatePrecision, DateQualifier } from "@/lib/domain";

/** A date shown at the precision its source gives, machine-readable in `dateTime`. */
export function PartialDateText({
  date,
  precision,
  qualifier,
  reportedIn,
}: {
  date: string;
  precision: DatePrecision;
  qualifier?: DateQualifier | null;
  /** For an undated entry: the source that reports it. */
  reportedIn?: string | null;
}) {
  // An undated entry has no date to give machines: the bound is the source's, not the fact's.
  if (qualifier === "undated") return <span>{formatPartialDate(date, precision, qualifier, reportedIn)}</span>;
  return <time dateTime={toPartialDate(date, precision)}>{formatPartialDate(date, precision, qualifier)}</time>;
}
