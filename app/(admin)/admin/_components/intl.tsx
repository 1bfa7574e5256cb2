// The editorial system's catalogue for its client components: the namespaces its forms read, in the language
// i18n/request.ts picked for this request (the signed-in user's setting, English for nobody signed in).
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces, type Messages } from "@/lib/i18n/catalogue";

export const EDITORIAL_NAMESPACES = ["labels", "errors", "validation", "forms", "auth", "setup", "twoFactor", "admin", "adminEntries", "adminActors"] as const;

export async function EditorialIntl({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={pickNamespaces(messages as Messages, EDITORIAL_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}
