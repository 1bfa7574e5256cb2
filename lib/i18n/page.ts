// What a localised page needs from its [locale] segment: the language, and its alternates in the others.
import type { Metadata } from "next";
import { isLocale, DEFAULT_LOCALE, type Locale } from "./locales";
import { languageAlternates, localizedPath } from "./paths";

export type LocaleParams = Promise<{ locale: string }>;

/** The page's language (proxy.ts only lets known ones through; anything else reads as English). */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The canonical address of a page (path and query, unprefixed) in this language, and its alternates in every
 * language with x-default, as <link rel="alternate" hreflang>.
 */
export function localeAlternates(locale: Locale, path: string): Pick<NonNullable<Metadata["alternates"]>, "canonical" | "languages"> {
  return { canonical: localizedPath(locale, path), languages: languageAlternates(path) };
}
