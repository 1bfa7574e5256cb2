// Timestamps for editors: absolute, in UTC, so two editors in different places read the same time; month names
// in the interface's language.
import { LOCALE_TAG, isLocale } from "@/lib/i18n/locales";

export function formatWhen(iso: string | null | undefined, locale = "en"): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  const tag = isLocale(locale) ? LOCALE_TAG[locale] : LOCALE_TAG.en;
  return `${d.toLocaleString(tag, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" })} UTC`;
}
