// An actor revision as labelled lines of text, for the history page's diffs (compared by lib/entries/diff.ts).
import type { ActorSnapshot } from "./snapshot";

type Loose = Partial<ActorSnapshot> & Record<string, unknown>;

/** One snapshot as text, a field per line; `names` gives the parent's (and merge target's) name for an id. */
export function actorSnapshotText(snapshot: unknown, names: Record<string, string> = {}): string {
  const s = (snapshot ?? {}) as Loose;
  const nameOf = (id: string | null | undefined) => (id ? (names[id] ?? id) : "");
  const lines: string[] = [`Name: ${s.nameEn ?? ""}`, `Kind: ${s.kind ?? ""}`, `Slug: ${s.slug ?? ""}`];
  if (s.nameHy) lines.push(`Name (hy): ${s.nameHy}`);
  if (s.nameRu) lines.push(`Name (ru): ${s.nameRu}`);
  for (const alias of s.aliases ?? []) lines.push(`Alias: ${alias}`);
  if (s.countryCode) lines.push(`Country code: ${s.countryCode}`);
  if (s.parentId) lines.push(`Parent: ${nameOf(s.parentId)}`);
  if (s.wikidataId) lines.push(`Wikidata: ${s.wikidataId}`);
  if (s.existedFrom) lines.push(`Existed from: ${s.existedFrom}`);
  if (s.existedUntil) lines.push(`Existed until: ${s.existedUntil}`);
  lines.push(`Public: ${s.public ? "yes, listed even when no published entry names it" : "only when a published entry names it"}`);
  if (s.description) lines.push("Description:", ...s.description.split("\n").map((l) => `    ${l}`));
  for (const p of s.positions ?? []) {
    const span = [p.from, p.until].some(Boolean) ? ` (${p.from ?? "?"} – ${p.until ?? "?"})` : "";
    lines.push(`Position: ${p.title}${p.organisation ? `, ${p.organisation}` : ""}${span}`);
  }
  if (s.mergedIntoId) lines.push(`Merged into: ${nameOf(s.mergedIntoId)}`);
  return `${lines.join("\n")}\n`;
}
