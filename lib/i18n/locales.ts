// The interface languages. The content languages of the record (lib/constants.ts LANGUAGES) are the same three,
// but a locale is about the reader's interface: its catalogue, its dates and numbers, its URL prefix.
import { LANGUAGES, type Language } from "@/lib/constants";

export const LOCALES = LANGUAGES;
export type Locale = Language;
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl and `<html lang>`. */
export const LOCALE_TAG: Record<Locale, string> = { en: "en-GB", hy: "hy-AM", ru: "ru-RU" };

/** Every interface language is written left to right; kept explicit so `<html dir>` never guesses. */
export const LOCALE_DIR: Record<Locale, "ltr" | "rtl"> = { en: "ltr", hy: "ltr", ru: "ltr" };

/**
 * Set by proxy.ts on requests for the editorial system's paths (/admin, /login, /setup): only there does a page
 * outside the public [locale] routes take its language from the signed-in user's setting.
 */
export const EDITORIAL_HEADER = "x-editorial-request";

/**
 * Remembers, in the editor's browser, the language of the editorial system for the pages seen while signed out
 * (sign-in, setup): set when an editor chooses a language or signs out. Read only on the editorial system's
 * paths, never for the public record.
 */
export const EDITOR_LOCALE_COOKIE = "editor-locale";
/** Each language's name in itself, for the language switcher (the same in every catalogue, so kept here). */
export const LOCALE_NAME: Record<Locale, string> = { en: "English", hy: "Հայերեն", ru: "Русский" };
