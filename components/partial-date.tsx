import { useLocale } from "next-intl";
import { formatPartialDate, toPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
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
  const locale = useLocale() as Locale;
  // An undated entry has no date to give machines: the bound is the source's, not the fact's.
  if (qualifier === "undated") return <span>{formatPartialDate(date, precision, qualifier, locale, reportedIn)}</span>;
  return <time dateTime={toPartialDate(date, precision)}>{formatPartialDate(date, precision, qualifier, locale)}</time>;
}
