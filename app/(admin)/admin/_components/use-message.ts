// Messages that arrive as catalogue keys (zod issues, action results; lib/i18n/message-key.ts), in the
// interface's language. Anything that is not a key is shown as it came.
import { useTranslations } from "next-intl";
import { decodeMessage } from "@/lib/i18n/message-key";

export function useMessageText(): (message: string | null | undefined) => string {
  const t = useTranslations();
  return (message) => {
    if (!message) return "";
    const decoded = decodeMessage(message);
    if (!decoded || !t.has(decoded.key as never)) return message;
    return t(decoded.key as never, decoded.args as never);
  };
}
