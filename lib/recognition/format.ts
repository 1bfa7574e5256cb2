// Votes as a reader expects them: "70–1", "12–3, 2 abstaining", "unanimous".
import type { Vote } from "@/lib/domain";

/** The words of a vote in the reader's language (the catalogue's recognition.vote.*). */
export type VoteWords = { unanimous: string; abstaining: (count: number) => string; withUnanimous: (text: string) => string };

const ENGLISH: VoteWords = { unanimous: "unanimous", abstaining: (n) => `${n} abstaining`, withUnanimous: (text) => `${text} (unanimous)` };

export function formatVote(vote: Vote | null | undefined, words: VoteWords = ENGLISH): string | null {
  if (!vote) return null;
  const { for: yes, against: no, abstain } = vote;
  if (yes === null && no === null && abstain === null) return vote.unanimous ? words.unanimous : null;
  const parts = [`${yes ?? "?"}–${no ?? (vote.unanimous ? 0 : "?")}`];
  if (abstain) parts.push(words.abstaining(abstain));
  const text = parts.join(", ");
  return vote.unanimous ? words.withUnanimous(text) : text;
}
