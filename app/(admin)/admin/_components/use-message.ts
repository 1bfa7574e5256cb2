// Messages that arrive as catalogue keys (zod issues, action results; lib/i18n/message-key.ts), in the
// interface's language. Anything that is not a key is shown as it came.
import { useTranslations } from "next-intl";
import { decodeMessage } from "@/lib/i18n/message-key";

export function useMessageText(): (message: string | null | undefined) => string {
  const t = useTranslations();
  const format = (message: string): string => {
    const decoded = decodeMessage(message);
    if (!decoded || !t.has(decoded.key as never)) return message;
    // An argument may itself be a message key (a restore refused because of a zod issue): formatted first.
    const args = Object.fromEntries(Object.entries(decoded.args).map(([name, value]) => [name, typeof value === "string" ? format(value) : value]));
    return t(decoded.key as never, args as never);
  };
  return (message) => (message ? format(message) : "");
}
