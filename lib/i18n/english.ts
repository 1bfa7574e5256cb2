// A message key (lib/i18n/message-key.ts) in a given language, outside React: the command-line tools, the
// import's report and the JSON of route handlers use English. A key that is not in the catalogue, or text that is
// not a key, comes back unchanged. intl-messageformat is the formatter next-intl itself uses (same version), read
// directly so that plain Node (the CLI under tsx) needs no React.
import { IntlMessageFormat } from "intl-messageformat";
import { loadMessages, type Messages } from "./catalogue";
import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from "./locales";
import { decodeMessage } from "./message-key";

function lookup(messages: Messages, key: string): string | null {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (!node || typeof node === "string") return null;
    node = node[part];
  }
  return typeof node === "string" ? node : null;
}

export function formatMessage(locale: Locale, message: string): string {
  const decoded = decodeMessage(message);
  if (!decoded) return message;
  const source = lookup(loadMessages(locale), decoded.key);
  if (source === null) return message;
  // An argument may itself be a message key: formatted first, in the same language.
  const args = Object.fromEntries(Object.entries(decoded.args).map(([name, value]) => [name, typeof value === "string" ? formatMessage(locale, value) : value]));
  return String(new IntlMessageFormat(source, LOCALE_TAG[locale]).format(args));
}

export const englishMessage = (message: string) => formatMessage(DEFAULT_LOCALE, message);
