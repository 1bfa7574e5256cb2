// Votes as a reader expects them: "70–1", "12–3, 2 abstaining", "unanimous".
import type { Vote } from "@/lib/domain";

export function formatVote(vote: Vote | null | undefined): string | null {
  if (!vote) return null;
  const { for: yes, against: no, abstain } = vote;
  if (yes === null && no === null && abstain === null) return vote.unanimous ? "unanimous" : null;
  const parts = [`${yes ?? "?"}–${no ?? (vote.unanimous ? 0 : "?")}`];
  if (abstain) parts.push(`${abstain} abstaining`);
  const text = parts.join(", ");
  return vote.unanimous ? `${text} (unanimous)` : text;
}
