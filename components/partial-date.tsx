import { formatPartialDate, toPartialDate } from "@/lib/dates";
import type { DatePrecision, DateQualifier } from "@/lib/domain";

/** A date shown at the precision its source gives, machine-readable in `dateTime`. */
export function PartialDateText({
  date,
  precision,
  qualifier,
}: {
  date: string;
  precision: DatePrecision;
  qualifier?: DateQualifier | null;
}) {
  return <time dateTime={toPartialDate(date, precision)}>{formatPartialDate(date, precision, qualifier)}</time>;
}
