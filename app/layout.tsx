import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { loadMessages, pickNamespaces } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, isLocale, LOCALE_DIR, type Locale } from "@/lib/i18n/locales";
import "./globals.css";

/** The render's language: from the path for public pages (proxy.ts tells next-intl), English elsewhere. */
async function renderLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await renderLocale();
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(getEnv().siteUrl),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
    openGraph: { siteName: t("siteName"), locale, type: "website" },
    twitter: { card: "summary" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await renderLocale();
  return (
    <html lang={locale} dir={LOCALE_DIR[locale]}>
      <body className="min-h-screen font-sans antialiased">
        {/* The error pages are client components: they get the `errors` namespace, and nothing else of the catalogue. */}
        <NextIntlClientProvider locale={locale} messages={pickNamespaces(loadMessages(locale), ["errors"])}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
