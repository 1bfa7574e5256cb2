"use client";
// The header's language links: plain <a> to the same page and query in each language, so they work without
// JavaScript (the server renders them for the requested address); on the client they follow navigation.
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { localizedPath, unprefixedPath } from "@/lib/i18n/paths";

export function LanguageSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const path = `${unprefixedPath(pathname)}${query ? `?${query}` : ""}`;
  return (
    // font-system: the names in the system's face (app/globals.css), not the site's faces of their scripts.
    <nav aria-label={label} className="font-system text-sm">
      <ul className="flex flex-wrap gap-x-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="page" lang={locale} className="font-semibold">
                {names[locale]}
              </span>
            ) : (
              <a href={localizedPath(locale, path)} hrefLang={locale} lang={locale} className="text-ink">
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
