// An actor revision as labelled lines of text, for the history page's diffs (compared by lib/entries/diff.ts).
import type { ActorSnapshot } from "./snapshot";

type Loose = Partial<ActorSnapshot> & Record<string, unknown>;

/** The words of the diff text in English; the history page passes them in the editor's language (adminActors.diff). */
export const ACTOR_DIFF_LABELS = {
  name: "Name",
  kind: "Kind",
  slug: "Slug",
  alias: "Alias",
  countryCode: "Country code",
  parent: "Parent",
  wikidata: "Wikidata",
  existedFrom: "Existed from",
  existedUntil: "Existed until",
  public: "Public",
  publicYes: "yes, listed even when no published entry names it",
  publicNo: "only when a published entry names it",
  description: "Description",
  position: "Position",
  mergedInto: "Merged into",
} as const;
export type ActorDiffLabels = Record<keyof typeof ACTOR_DIFF_LABELS, string>;

/** One snapshot as text, a field per line; `names` gives the parent's (and merge target's) name for an id. */
export function actorSnapshotText(snapshot: unknown, names: Record<string, string> = {}, L: ActorDiffLabels = ACTOR_DIFF_LABELS): string {
  const s = (snapshot ?? {}) as Loose;
  const nameOf = (id: string | null | undefined) => (id ? (names[id] ?? id) : "");
  const lines: string[] = [`${L.name}: ${s.nameEn ?? ""}`, `${L.kind}: ${s.kind ?? ""}`, `${L.slug}: ${s.slug ?? ""}`];
  if (s.nameHy) lines.push(`${L.name} (hy): ${s.nameHy}`);
  if (s.nameRu) lines.push(`${L.name} (ru): ${s.nameRu}`);
  for (const alias of s.aliases ?? []) lines.push(`${L.alias}: ${alias}`);
  if (s.countryCode) lines.push(`${L.countryCode}: ${s.countryCode}`);
  if (s.parentId) lines.push(`${L.parent}: ${nameOf(s.parentId)}`);
  if (s.wikidataId) lines.push(`${L.wikidata}: ${s.wikidataId}`);
  if (s.existedFrom) lines.push(`${L.existedFrom}: ${s.existedFrom}`);
  if (s.existedUntil) lines.push(`${L.existedUntil}: ${s.existedUntil}`);
  lines.push(`${L.public}: ${s.public ? L.publicYes : L.publicNo}`);
  if (s.description) lines.push(`${L.description}:`, ...s.description.split("\n").map((l) => `    ${l}`));
  for (const p of s.positions ?? []) {
    const span = [p.from, p.until].some(Boolean) ? ` (${p.from ?? "?"} – ${p.until ?? "?"})` : "";
    lines.push(`${L.position}: ${p.title}${p.organisation ? `, ${p.organisation}` : ""}${span}`);
  }
  if (s.mergedIntoId) lines.push(`${L.mergedInto}: ${nameOf(s.mergedIntoId)}`);
  return `${lines.join("\n")}\n`;
}
