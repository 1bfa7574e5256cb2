// Readable diffs between revisions: each snapshot as labelled lines of text, compared line by line.
import { diffLines } from "diff";
import type { EntrySnapshot } from "./snapshot";

export type DiffLine = { type: "added" | "removed" | "same" | "gap"; text: string };

type Loose = Partial<EntrySnapshot> & Record<string, unknown>;

/**
 * The words of the diff text (field names and a few values), in English; the history page passes them in the
 * editor's language (admin.history.fields in the catalogues, the same keys). The stored public diff of the
 * corrections log does not use them (lib/entries/public-diff.ts keeps its own English text).
 */
export const ENTRY_DIFF_LABELS = {
  title: "Title",
  kind: "Kind",
  status: "Status",
  inTrash: "(in the trash)",
  date: "Date",
  place: "Place",
  tags: "Tags",
  originalLanguage: "Original language",
  summary: "Summary",
  bodyText: "Body",
  form: "Form",
  quote: "Quote",
  format: "Format",
  outcome: "Outcome",
  action: "Action",
  level: "Level",
  actingBody: "Acting body",
  instrument: "Instrument",
  vote: "Vote",
  voteFor: "for",
  voteAgainst: "against",
  voteAbstain: "abstaining",
  unanimous: "unanimous",
  stage: "Stage",
  actor: "Actor",
  source: "Source",
  url: "URL",
  publisher: "Publisher",
  author: "Author",
  published: "Published",
  accessed: "Accessed",
  archive: "Archive",
  language: "Language",
  tier: "Tier",
  locator: "Locator",
  translation: "Translation",
  correctionNote: "Correction note",
} as const;
export type EntryDiffLabels = Record<keyof typeof ENTRY_DIFF_LABELS, string>;

function indent(text: string | null | undefined): string[] {
  return (text ?? "").split("\n").map((l) => `    ${l}`);
}

function voteText(v: unknown, L: EntryDiffLabels): string | null {
  if (!v || typeof v !== "object") return null;
  const vote = v as { for?: number | null; against?: number | null; abstain?: number | null; unanimous?: boolean };
  const parts = [
    vote.for != null ? `${vote.for} ${L.voteFor}` : null,
    vote.against != null ? `${vote.against} ${L.voteAgainst}` : null,
    vote.abstain != null ? `${vote.abstain} ${L.voteAbstain}` : null,
    vote.unanimous ? L.unanimous : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

function detailLines(details: Record<string, unknown>, L: EntryDiffLabels): string[] {
  const lines: string[] = [];
  const field = (label: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== "") lines.push(`${label}: ${String(value)}`);
  };
  field(L.form, details.form);
  if (Array.isArray(details.quotes)) {
    for (const q of details.quotes as { text: string; speaker: string | null }[]) {
      lines.push(`${L.quote}${q.speaker ? ` (${q.speaker})` : ""}:`, ...indent(q.text));
    }
  }
  field(L.format, details.format);
  if (Array.isArray(details.outcomes)) for (const o of details.outcomes) lines.push(`${L.outcome}: ${String(o)}`);
  field(L.action, details.action);
  field(L.level, details.level);
  field(L.actingBody, details.body);
  field(L.instrument, details.instrument);
  field(L.vote, voteText(details.vote, L));
  if (Array.isArray(details.stages)) {
    (details.stages as Record<string, unknown>[]).forEach((s, i) => {
      const parts = [s.stage, s.body, s.date, voteText(s.vote, L), s.note].filter((p) => p !== null && p !== undefined && p !== "");
      lines.push(`${L.stage} ${i + 1}: ${parts.join(" · ")}`);
    });
  }
  return lines;
}

/** One snapshot as text, a field per line; multi-line texts indented under their label. */
export function snapshotText(snapshot: unknown, actorNames: Record<string, string> = {}, L: EntryDiffLabels = ENTRY_DIFF_LABELS): string {
  const s = (snapshot ?? {}) as Loose;
  const lines: string[] = [
    `${L.title}: ${s.title ?? ""}`,
    `${L.kind}: ${s.kind ?? ""}`,
    `${L.status}: ${s.status ?? ""}${s.deleted ? ` ${L.inTrash}` : ""}`,
    `${L.date}: ${s.date ?? ""}${s.dateQualifier ? ` (${s.dateQualifier})` : ""}`,
  ];
  if (s.place) lines.push(`${L.place}: ${s.place}`);
  if (s.tags?.length) lines.push(`${L.tags}: ${s.tags.join(", ")}`);
  if (s.originalLanguage) lines.push(`${L.originalLanguage}: ${s.originalLanguage}`);
  lines.push(`${L.summary}:`, ...indent(s.summary));
  lines.push(`${L.bodyText}:`, ...indent(s.body));
  lines.push(...detailLines((s.details ?? {}) as Record<string, unknown>, L));
  for (const a of s.actors ?? []) {
    const name = actorNames[a.actorId] ?? a.actorId;
    lines.push(`${L.actor}: ${a.role}: ${name}${a.titleAtTime ? `, ${a.titleAtTime}` : ""}`);
  }
  (s.sources ?? []).forEach((src, i) => {
    lines.push(`${L.source} ${i + 1}: ${src.title}`);
    const facts: [string, unknown][] = [
      [L.url, src.url],
      [L.publisher, src.publisher],
      [L.author, src.author],
      [L.published, src.publishedOn],
      [L.accessed, src.accessedOn],
      [L.archive, src.archiveUrl],
      [L.language, src.language],
      [L.tier, src.tier],
      [L.locator, src.locator],
    ];
    for (const [label, value] of facts) if (value) lines.push(`    ${label}: ${String(value)}`);
    if (src.quote) lines.push(`    ${L.quote}:`, ...indent(src.quote).map((l) => `    ${l}`));
    if (src.quoteTranslation) lines.push(`    ${L.translation}:`, ...indent(src.quoteTranslation).map((l) => `    ${l}`));
  });
  for (const lang of ["hy", "ru"] as const) {
    const t = s.translations?.[lang];
    if (t) lines.push(`${L.title} (${lang}): ${t.title}`, `${L.summary} (${lang}): ${t.summary}`);
  }
  if (s.correctionNote) lines.push(`${L.correctionNote}: ${s.correctionNote}`);
  return `${lines.join("\n")}\n`;
}

/** Changed lines with `context` unchanged lines around them; longer unchanged runs collapse into a gap. */
export function diffSnapshots(before: string, after: string, context = 2): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(before, after)) {
    const type = part.added ? "added" : part.removed ? "removed" : "same";
    for (const text of part.value.replace(/\n$/, "").split("\n")) lines.push({ type, text });
  }
  const keep = lines.map((l, i) =>
    lines.slice(Math.max(0, i - context), i + context + 1).some((n) => n.type !== "same"),
  );
  const out: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (keep[i]) out.push(line);
    else if (out[out.length - 1]?.type !== "gap") out.push({ type: "gap", text: "" });
  });
  return out;
}
