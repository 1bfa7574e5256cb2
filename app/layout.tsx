import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { LOCALE_DIR, isLocale } from "@/lib/i18n/locales";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().siteUrl),
    title: { default: "Artsakh Foreign Relations Record", template: "%s · Artsakh Foreign Relations Record" },
    description:
      "A cited record of the foreign relations of the Republic of Artsakh (Nagorno-Karabakh): statements, meetings and recognition events, each tied to its sources.",
    openGraph: { siteName: "Artsakh Foreign Relations Record", locale: "en", type: "website" },
    twitter: { card: "summary" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The language of this render (i18n/request.ts): the editorial system's pages are in the editor's own.
  const locale = await getLocale();
  return (
    <html lang={locale} dir={isLocale(locale) ? LOCALE_DIR[locale] : "ltr"}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
