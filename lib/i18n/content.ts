// The record's content in the reader's language where it exists: an entry's title and summary from its
// translations, an actor's name from its Armenian or Russian name. Where there is none, the English text, marked
// as English (`lang: "en"`, `translated: false`), so that an untranslated entry never reads as translated.
import type { EntryTranslations } from "@/lib/domain";
import type { Locale } from "./locales";

export type InLanguage = { text: string; lang: Locale; translated: boolean };

function pick(english: string, own: string | null | undefined, locale: Locale): InLanguage {
  if (locale === "en") return { text: english, lang: "en", translated: true };
  const text = own?.trim();
  return text ? { text, lang: locale, translated: true } : { text: english, lang: "en", translated: false };
}

type Translatable = { title: string; summary: string; translations?: EntryTranslations | null };

export function entryTitle(entry: Translatable, locale: Locale): InLanguage {
  return pick(entry.title, locale === "en" ? null : entry.translations?.[locale]?.title, locale);
}

/** The summary in the reader's language only alongside a title in it: a translated summary under an English title would mix. */
export function entrySummary(entry: Translatable, locale: Locale): InLanguage {
  const title = entryTitle(entry, locale);
  if (!title.translated) return { text: entry.summary, lang: "en", translated: false };
  return pick(entry.summary, locale === "en" ? null : entry.translations?.[locale]?.summary, locale);
}

type Named = { name: string; nameHy?: string | null; nameRu?: string | null };

export function actorName(actor: Named, locale: Locale): InLanguage {
  return pick(actor.name, locale === "hy" ? actor.nameHy : locale === "ru" ? actor.nameRu : null, locale);
}
