// next-intl's per-request configuration: which language this render is in, and its messages.
// Public pages take the language from their URL (the [locale] segment); pages outside it (the editorial system,
// sign-in) take it from the signed-in editor's setting when there is one, English otherwise.
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: loadMessages(locale),
    // Dates are written by the record's own helpers (lib/dates.ts) so that precision stays visible; the time zone
    // is fixed so that a page renders the same wherever the server runs.
    timeZone: "UTC",
  };
});
