// Where a path's language comes from, and the path of the same page in another language. English keeps the
// record's unprefixed addresses; Armenian and Russian pages live under /hy/… and /ru/…. Pure: proxy.ts, the
// language switcher, the pages' alternates and the sitemap share it.
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** Top-level names served outside the localised page tree (app/[locale]): data, the editorial system, files. */
const ROOT_SEGMENTS = new Set([
  "_next",
  "api",
  "export",
  "admin",
  "login",
  "setup",
  "healthz",
  "sitemap.xml",
  "robots.txt",
  "manifest.webmanifest",
  "icon.svg",
  "apple-icon.png",
  "favicon.ico",
  "icon-192.png",
  "icon-512.png",
]);

/** Route handlers at the root that answer in every language: /hy/feed.xml is /feed.xml in Armenian. */
const LOCALISED_ROOT_SEGMENTS = new Set(["feed.xml", "feed.atom", "feed.json"]);

const PREFIXED = new Set<string>(LOCALES.filter((l) => l !== DEFAULT_LOCALE));

export type LocaleRoute =
  /** /en/… is not an address of the record: its English page is unprefixed. */
  | { action: "redirect"; to: string }
  /** Served by another path (app/[locale]/… for English pages, the root route handler for a localised feed). */
  | { action: "rewrite"; to: string; locale: Locale }
  /** Served as it is; `locale` null for paths outside the interface languages (the API, the admin, files). */
  | { action: "next"; locale: Locale | null };

function firstSegment(pathname: string): string {
  return pathname.split("/")[1] ?? "";
}

/** How proxy.ts serves a path, and in which language. */
export function routeLocale(pathname: string): LocaleRoute {
  const first = firstSegment(pathname);
  if (first === DEFAULT_LOCALE) return { action: "redirect", to: pathname.slice(DEFAULT_LOCALE.length + 1) || "/" };
  if (PREFIXED.has(first)) {
    const locale = first as Locale;
    const rest = pathname.slice(first.length + 1) || "/";
    if (LOCALISED_ROOT_SEGMENTS.has(firstSegment(rest))) return { action: "rewrite", to: rest, locale };
    return { action: "next", locale };
  }
  if (LOCALISED_ROOT_SEGMENTS.has(first)) return { action: "next", locale: DEFAULT_LOCALE };
  if (ROOT_SEGMENTS.has(first)) return { action: "next", locale: null };
  return { action: "rewrite", to: `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`, locale: DEFAULT_LOCALE };
}

/** The path without its language prefix: "/hy/entries" → "/entries", "/ru" → "/", "/en/actors" → "/actors". */
export function unprefixedPath(pathname: string): string {
  const first = firstSegment(pathname);
  if (first === DEFAULT_LOCALE || PREFIXED.has(first)) return pathname.slice(first.length + 1) || "/";
  return pathname || "/";
}

/** The address of a page in a language: localizedPath("hy", "/entries?kind=meeting") → "/hy/entries?kind=meeting". */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//")) return path;
  if (path === "/" ) return `/${locale}`;
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** hreflang alternates of a page (path and query, unprefixed), with x-default pointing at the English one. */
export function languageAlternates(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of LOCALES) out[locale] = localizedPath(locale, path);
  out["x-default"] = path;
  return out;
}
