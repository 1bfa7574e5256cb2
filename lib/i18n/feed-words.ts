// The feeds' words (the `feeds` namespace) outside a render: feeds are built by route handlers and cached.
import { createTranslator } from "next-intl";
import { loadMessages } from "./catalogue";
import type { Locale } from "./locales";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function feedTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "feeds" }) as unknown as Translate;
}

/** The site's name in a language (English keeps the record's name as citations give it). */
export function siteNameIn(locale: Locale): string {
  return (createTranslator({ locale, messages: loadMessages(locale), namespace: "common" }) as unknown as Translate)("siteName");
}
