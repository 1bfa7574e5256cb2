// Messages that travel as keys: a zod issue or an action's result names a catalogue key (with its arguments)
// instead of an English sentence, and whoever shows it formats it in the reader's language — the editor's form
// with the editor's setting, the command-line tools and logs in English (lib/i18n/english.ts).
// Encoded in one string so that it fits everywhere a message already goes (zod's `message`, FieldErrors, Error):
// "validation.tooLong?max=300". Pure and dependency-free, so client components decode it too.

export type MessageArgs = Record<string, string | number>;
export type DecodedMessage = { key: string; args: MessageArgs };

const KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;

/** A catalogue key (namespace.key) with its arguments, as one string. */
export function messageKey(key: string, args?: MessageArgs): string {
  if (!KEY.test(key)) throw new Error(`not a message key: ${key}`);
  if (!args || Object.keys(args).length === 0) return key;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) query.set(typeof value === "number" ? `#${name}` : name, String(value));
  return `${key}?${query}`;
}

/** The key and arguments of an encoded message; null for anything else (text from elsewhere is shown as it is). */
export function decodeMessage(message: string): DecodedMessage | null {
  const mark = message.indexOf("?");
  const key = mark === -1 ? message : message.slice(0, mark);
  if (!KEY.test(key)) return null;
  const args: MessageArgs = {};
  if (mark !== -1) {
    for (const [name, value] of new URLSearchParams(message.slice(mark + 1))) {
      if (name.startsWith("#")) args[name.slice(1)] = Number(value);
      else args[name] = value;
    }
  }
  return { key, args };
}

/** Validation messages: the `validation` namespace of the catalogues. */
export const v = (key: string, args?: MessageArgs) => messageKey(`validation.${key}`, args);
