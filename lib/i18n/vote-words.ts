// The words of a vote ("70–1, 3 abstaining (unanimous)") from the catalogue's recognition.vote messages.
import type { VoteWords } from "@/lib/recognition/format";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` bound to the `recognition` namespace. */
export function voteWords(t: Translate): VoteWords {
  return {
    unanimous: t("vote.unanimous"),
    abstaining: (count) => t("vote.abstaining", { count }),
    withUnanimous: (text) => t("vote.withUnanimous", { text }),
  };
}
