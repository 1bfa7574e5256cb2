// Partial dates: "2014", "2014-05", "2014-05-10" — shown at the precision the source gives, never more.
import type { DatePrecision, DateQualifier } from "./domain";
import { LOCALE_TAG, type Locale } from "./i18n/locales";

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
 * The word before a qualified date. Kept beside the formatting rather than in the catalogue: it governs the
 * date's grammar (Russian "до" takes the genitive, so a qualified month is written "до марта 2023 г.").
 */
const QUALIFIER_WORD: Record<Locale, Record<DateQualifier, string>> = {
  en: { before: "before", by: "by", circa: "c." },
  hy: { before: "մինչև", by: "ոչ ուշ, քան", circa: "մոտ" },
  ru: { before: "до", by: "не позднее", circa: "около" },
};

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: DatePrecision | "genitive-month"): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const options = precision === "genitive-month" ? FORMATS.day : FORMATS[precision];
    f = new Intl.DateTimeFormat(LOCALE_TAG[locale], { ...options, timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

/**
 * "20 March 2023", "May 2014", "2019" (and "20 марта 2023 г.", "май 2014 г.", "20 մարտի, 2023 թ."), with
 * "before"/"by"/"c." in front when qualified: never more precise than the source.
 */
export function formatPartialDate(date: string, precision: DatePrecision, qualifier?: DateQualifier | null, locale: Locale = "en"): string {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  if (!qualifier) return formatter(locale, precision).format(when);
  let text: string;
  if (precision === "month" && locale === "ru") {
    // The month in the genitive after a preposition: the day's form without the day.
    text = formatter(locale, "genitive-month")
      .formatToParts(when)
      .filter((part) => part.type !== "day")
      .map((part) => part.value)
      .join("")
      .trim();
  } else {
    text = formatter(locale, precision).format(when);
  }
  return `${QUALIFIER_WORD[locale][qualifier]} ${text}`;
}
