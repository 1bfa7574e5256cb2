import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { LanguageSuggestion, type SuggestionText } from "@/components/language/language-suggestion";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

async function suggestionTexts(): Promise<Record<Locale, SuggestionText>> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "language" });
      return [locale, { text: t("suggestText"), link: t("suggestLink"), dismiss: t("dismiss") }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, SuggestionText>;
}

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-paper focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <Suspense>
        <LanguageSuggestion current={locale} texts={await suggestionTexts()} />
      </Suspense>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
