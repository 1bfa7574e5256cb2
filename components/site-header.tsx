import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import Link from "@/components/locale-link";
import { LanguageSwitcher } from "@/components/language/language-switcher";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAME } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

const NAV = [
  { href: "/entries", key: "entries" },
  { href: "/actors", key: "actors" },
  { href: "/recognition", key: "recognition" },
] as const;

/** Masthead, navigation, languages and the search box (a plain GET form to /entries: works without JavaScript). */
export async function SiteHeader() {
  const t = await getTranslations("common");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <header className="site-header border-b-4 border-double border-ink">
      <div className="mx-auto max-w-6xl px-4 pt-4 sm:px-6">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          <p className="label">{t("tagline")}</p>
          <div className="flex w-full flex-wrap items-center justify-between gap-x-5 gap-y-2 sm:w-auto">
            <Suspense fallback={null}>
              <LanguageSwitcher current={locale} label={t("languages")} names={LOCALE_NAME} />
            </Suspense>
            <form action={localizedPath(locale, "/entries")} method="get" role="search" className="flex w-full gap-2 sm:w-auto">
              <label htmlFor="site-search" className="sr-only">
                {t("search.label")}
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder={t("search.placeholder")}
                maxLength={200}
                className="field min-w-0 flex-1 font-sans text-sm sm:w-64"
              />
              <button type="submit" className="button">
                {t("search.submit")}
              </button>
            </form>
          </div>
        </div>
        <p className="mt-3 font-serif text-[1.65rem] font-bold leading-tight tracking-tight sm:text-4xl">
          <Link href="/" className="text-ink no-underline">
            {t("siteName")}
          </Link>
        </p>
        <nav aria-label={t("nav.label")} className="mt-3 -mx-1 flex flex-wrap gap-x-1 pb-2 font-sans text-sm font-semibold uppercase tracking-wider">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-sm px-1 py-2 text-ink no-underline hover:underline">
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
