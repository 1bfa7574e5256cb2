// A message key (lib/i18n/message-key.ts) in a given language, outside React: the command-line tools, the
// import's report and logs use English; a key that is not in the catalogue, or text that is not a key, comes back
// unchanged.
import { createTranslator } from "next-intl";
import { loadMessages } from "./catalogue";
import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from "./locales";
import { decodeMessage } from "./message-key";

export function formatMessage(locale: Locale, message: string): string {
  const decoded = decodeMessage(message);
  if (!decoded) return message;
  const t = createTranslator({ locale: LOCALE_TAG[locale], messages: loadMessages(locale), onError: () => {} });
  if (!t.has(decoded.key as never)) return message;
  return t(decoded.key as never, decoded.args as never);
}

export const englishMessage = (message: string) => formatMessage(DEFAULT_LOCALE, message);
