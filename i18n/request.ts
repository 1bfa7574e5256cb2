// next-intl's per-request configuration: which language this render is in, and its messages.
// Public pages take the language from their URL (proxy.ts passes the path's language on), and only from it: their
// HTML never depends on cookies. Pages of the editorial system (/admin, /login, /setup, marked by proxy.ts) take it from the
// signed-in user's setting (users.locale), read with the session on the server; signed out, the language this
// browser's editor last used (a cookie set on choosing a language and on signing out); English otherwise.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/guards";
import { loadMessages } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, EDITOR_LOCALE_COOKIE, EDITORIAL_HEADER, isLocale, type Locale } from "@/lib/i18n/locales";

async function editorLocale(): Promise<Locale | null> {
  if ((await headers()).get(EDITORIAL_HEADER) !== "1") return null;
  const user = await getSessionUser();
  if (user) return user.locale;
  // Signed out (the sign-in page after signing out): the language this browser's editor last used.
  const remembered = (await cookies()).get(EDITOR_LOCALE_COOKIE)?.value;
  return isLocale(remembered) ? remembered : null;
}

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : ((await editorLocale()) ?? DEFAULT_LOCALE);
  return {
    locale,
    messages: loadMessages(locale),
    // Dates are written by the record's own helpers (lib/dates.ts) so that precision stays visible; the time zone
    // is fixed so that a page renders the same wherever the server runs.
    timeZone: "UTC",
  };
});
