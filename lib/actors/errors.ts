// A write refused for a reason the editor can fix, named by the form field it concerns. It carries the catalogue
// key of its message (lib/i18n/message-key.ts), which the editorial system shows in the editor's language; the
// Error's own message is that key in English, for the logs, the command-line tools and the tests.
import { englishMessage } from "@/lib/i18n/english";

export class ActorWriteError extends Error {
  constructor(
    readonly field: string,
    /** An encoded message key, e.g. messageKey("adminActors.error.noParent"). */
    readonly key: string,
  ) {
    super(englishMessage(key));
  }
}
