// Readable diffs between revisions: each snapshot as labelled lines of text, compared line by line.
import { diffLines } from "diff";
import type { EntrySnapshot } from "./snapshot";

export type DiffLine = { type: "added" | "removed" | "same" | "gap"; text: string };

type Loose = Partial<EntrySnapshot> & Record<string, unknown>;

function indent(text: string | null | undefined): string[] {
  return (text ?? "").split("\n").map((l) => `    ${l}`);
}

function voteText(v: unknown): string | null {
  if (!v || typeof v !== "object") return null;
  const vote = v as { for?: number | null; against?: number | null; abstain?: number | null; unanimous?: boolean };
  const parts = [
    vote.for != null ? `${vote.for} for` : null,
    vote.against != null ? `${vote.against} against` : null,
    vote.abstain != null ? `${vote.abstain} abstaining` : null,
    vote.unanimous ? "unanimous" : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

function detailLines(details: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const field = (label: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== "") lines.push(`${label}: ${String(value)}`);
  };
  field("Form", details.form);
  if (Array.isArray(details.quotes)) {
    for (const q of details.quotes as { text: string; speaker: string | null }[]) {
      lines.push(`Quote${q.speaker ? ` (${q.speaker})` : ""}:`, ...indent(q.text));
    }
  }
  field("Format", details.format);
  if (Array.isArray(details.outcomes)) for (const o of details.outcomes) lines.push(`Outcome: ${String(o)}`);
  field("Action", details.action);
  field("Level", details.level);
  field("Acting body", details.body);
  field("Instrument", details.instrument);
  field("Vote", voteText(details.vote));
  if (Array.isArray(details.stages)) {
    (details.stages as Record<string, unknown>[]).forEach((s, i) => {
      const parts = [s.stage, s.body, s.date, voteText(s.vote), s.note].filter((p) => p !== null && p !== undefined && p !== "");
      lines.push(`Stage ${i + 1}: ${parts.join(" · ")}`);
    });
  }
  return lines;
}

/** One snapshot as text, a field per line; multi-line texts indented under their label. */
export function snapshotText(snapshot: unknown, actorNames: Record<string, string> = {}): string {
  const s = (snapshot ?? {}) as Loose;
  const lines: string[] = [
    `Title: ${s.title ?? ""}`,
    `Kind: ${s.kind ?? ""}`,
    `Status: ${s.status ?? ""}${s.deleted ? " (in the trash)" : ""}`,
    `Date: ${s.date ?? ""}${s.dateQualifier ? ` (${s.dateQualifier})` : ""}`,
  ];
  if (s.place) lines.push(`Place: ${s.place}`);
  if (s.tags?.length) lines.push(`Tags: ${s.tags.join(", ")}`);
  if (s.originalLanguage) lines.push(`Original language: ${s.originalLanguage}`);
  lines.push("Summary:", ...indent(s.summary));
  lines.push("Body:", ...indent(s.body));
  lines.push(...detailLines((s.details ?? {}) as Record<string, unknown>));
  for (const a of s.actors ?? []) {
    const name = actorNames[a.actorId] ?? a.actorId;
    lines.push(`Actor: ${a.role}: ${name}${a.titleAtTime ? `, ${a.titleAtTime}` : ""}`);
  }
  (s.sources ?? []).forEach((src, i) => {
    lines.push(`Source ${i + 1}: ${src.title}`);
    const facts: [string, unknown][] = [
      ["URL", src.url],
      ["Publisher", src.publisher],
      ["Author", src.author],
      ["Published", src.publishedOn],
      ["Accessed", src.accessedOn],
      ["Archive", src.archiveUrl],
      ["Language", src.language],
      ["Tier", src.tier],
      ["Locator", src.locator],
    ];
    for (const [label, value] of facts) if (value) lines.push(`    ${label}: ${String(value)}`);
    if (src.quote) lines.push("    Quote:", ...indent(src.quote).map((l) => `    ${l}`));
    if (src.quoteTranslation) lines.push("    Translation:", ...indent(src.quoteTranslation).map((l) => `    ${l}`));
  });
  for (const lang of ["hy", "ru"] as const) {
    const t = s.translations?.[lang];
    if (t) lines.push(`Title (${lang}): ${t.title}`, `Summary (${lang}): ${t.summary}`);
  }
  if (s.correctionNote) lines.push(`Correction note: ${s.correctionNote}`);
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
