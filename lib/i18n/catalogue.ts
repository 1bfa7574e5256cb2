// The message catalogues: messages/<locale>/<namespace>.json, one file per namespace, in ICU MessageFormat.
// A namespace is the file's name: messages/hy/common.json holds the keys read as t("common.…") or with
// getTranslations("common"). Adding a namespace is adding the file in every language (the catalogue test checks
// every key in every language); no list to edit.
import fs from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "./locales";

export type Messages = { [key: string]: string | Messages };

const root = path.join(process.cwd(), "messages");
const loaded = new Map<Locale, Messages>();

export function namespaces(locale: Locale): string[] {
  return fs
    .readdirSync(path.join(root, locale))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

function read(locale: Locale): Messages {
  const messages: Messages = {};
  for (const namespace of namespaces(locale)) {
    const file = path.join(root, locale, `${namespace}.json`);
    messages[namespace] = JSON.parse(fs.readFileSync(file, "utf8")) as Messages;
  }
  return messages;
}

/** All of a language's messages, read once per process (the files are part of the build). */
export function loadMessages(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages || process.env.NODE_ENV === "development") {
    messages = read(locale);
    loaded.set(locale, messages);
  }
  return messages;
}

/** Every key of a catalogue as a dotted path, with its message. */
export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** The subset of a catalogue with these namespaces: what a client component needs, and no more. */
export function pickNamespaces(messages: Messages, wanted: readonly string[]): Messages {
  return Object.fromEntries(wanted.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}

export { LOCALES };
