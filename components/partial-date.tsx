import { useLocale } from "next-intl";
import { formatPartialDate, toPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
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
  const locale = useLocale() as Locale;
  return <time dateTime={toPartialDate(date, precision)}>{formatPartialDate(date, precision, qualifier, locale)}</time>;
}
