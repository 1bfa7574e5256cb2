// The record's languages and how they appear in URLs: English at today's addresses (every shared link keeps
// working), Armenian under /hy/… and Russian under /ru/…. The URL alone names the language: no cookie, no
// redirect from Accept-Language (a shared link always opens in the language it was shared in, and a cached page
// is the same for every reader).
import { defineRouting } from "next-intl/routing";
import { LOCALES, DEFAULT_LOCALE } from "@/lib/i18n/locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // The pages list their alternates themselves (<link rel="alternate" hreflang>), so the response carries no
  // Link header that would differ from the cached copy's.
  alternateLinks: false,
});
