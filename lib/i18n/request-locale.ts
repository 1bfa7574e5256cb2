// The language a feed or API answer is asked in: ?lang= when given (en, hy, ru), else the path's (/hy/feed.xml,
// which proxy.ts passes on as the x-next-intl-locale header), else English.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

export type LocaleChoice = { ok: true; value: Locale } | { ok: false; error: { parameter: string; message: string } };

export function requestedLocale(request: Request): LocaleChoice {
  const lang = new URL(request.url).searchParams.get("lang");
  if (lang !== null) {
    return isLocale(lang) ? { ok: true, value: lang } : { ok: false, error: { parameter: "lang", message: `Use one of ${LOCALES.join(", ")}.` } };
  }
  const fromPath = request.headers.get("x-next-intl-locale");
  return { ok: true, value: isLocale(fromPath) ? fromPath : DEFAULT_LOCALE };
}
