// The public fields of an entry as labelled lines, for the corrections log: what a reader saw before and after
// a correction. Never editor names, status, change notes or other draft-only fields.
import { formatPartialDate, parsePartialDate } from "@/lib/dates";
import type { EntrySnapshot } from "./snapshot";

type Loose = Partial<EntrySnapshot> & Record<string, unknown>;

const indent = (text: string | null | undefined) => (text ?? "").split("\n").map((l) => `    ${l}`);

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

function dateText(s: Loose): string {
  const parsed = s.date ? parsePartialDate(s.date) : null;
  if (!parsed) return s.date ?? "";
  if (s.dateQualifier === "undated") return `undated (no earlier than ${formatPartialDate(parsed.date, parsed.precision)})`;
  return formatPartialDate(parsed.date, parsed.precision, s.dateQualifier);
}

/** Each public field on its own line (multi-line texts indented under their label); labels start each line. */
export function publicSnapshotText(snapshot: unknown, actorNames: Record<string, string> = {}): string {
  const s = (snapshot ?? {}) as Loose;
  const d = (s.details ?? {}) as Record<string, unknown>;
  const lines: string[] = [`Title: ${s.title ?? ""}`, `Date: ${dateText(s)}`];
  if (s.place) lines.push(`Place: ${s.place}`);
  if (s.tags?.length) lines.push(`Tags: ${s.tags.join(", ")}`);
  lines.push("Summary:", ...indent(s.summary));
  if (s.body) lines.push("Body:", ...indent(s.body));
  if (Array.isArray(d.quotes)) {
    for (const q of d.quotes as { text: string; speaker: string | null }[]) lines.push(`Quote${q.speaker ? ` (${q.speaker})` : ""}:`, ...indent(q.text));
  }
  if (Array.isArray(d.outcomes)) for (const o of d.outcomes) lines.push(`Outcome: ${String(o)}`);
  const field = (label: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== "") lines.push(`${label}: ${String(value)}`);
  };
  field("Action", d.action);
  field("Level", d.level);
  field("Acting body", d.body);
  field("Instrument", d.instrument);
  field("Vote", voteText(d.vote));
  if (Array.isArray(d.stages)) {
    (d.stages as Record<string, unknown>[]).forEach((st, i) => {
      const parts = [st.stage, st.body, st.date, voteText(st.vote), st.note].filter((p) => p !== null && p !== undefined && p !== "");
      lines.push(`Stage ${i + 1}: ${parts.join(" · ")}`);
    });
  }
  for (const a of s.actors ?? []) {
    lines.push(`Actor: ${actorNames[a.actorId] ?? "(an actor no longer listed)"}${a.titleAtTime ? `, ${a.titleAtTime}` : ""}`);
  }
  (s.sources ?? []).forEach((src, i) => {
    lines.push(`Source ${i + 1}: ${src.title}${src.publisher ? `, ${src.publisher}` : ""}${src.publishedOn ? `, ${src.publishedOn}` : ""}`);
    if (src.url) lines.push(`    URL: ${src.url}`);
    if (src.tier) lines.push(`    Tier: ${src.tier}`);
    if (src.quote) lines.push("    Quote:", ...indent(src.quote).map((l) => `    ${l}`));
    if (src.quoteTranslation) lines.push("    Translation:", ...indent(src.quoteTranslation).map((l) => `    ${l}`));
  });
  for (const disc of s.discrepancies ?? []) {
    lines.push(`Discrepancy: ${disc.subject}`, ...disc.readings.map((r) => `    ${r.reading} (source ${r.source})`));
  }
  for (const lang of ["hy", "ru"] as const) {
    const t = s.translations?.[lang];
    if (t) lines.push(`Title (${lang}): ${t.title}`, `Summary (${lang}): ${t.summary}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The label of the field a line belongs to ("Source 2" for a source's indented lines). */
function labelsOf(text: string): string[] {
  const labels: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (!line.startsWith(" ")) current = line.slice(0, Math.max(0, line.indexOf(":"))) || line;
    labels.push(current);
  }
  return labels;
}

/** The labels of the public fields whose lines differ, in the order they appear (a unit of the /changes list). */
export function changedPublicFields(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const la = labelsOf(before);
  const lb = labelsOf(after);
  const byLabel = (lines: string[], labels: string[]) => {
    const map = new Map<string, string[]>();
    lines.filter((l) => l !== "").forEach((l, i) => {
      const key = labels[i] ?? "";
      map.set(key, [...(map.get(key) ?? []), l]);
    });
    return map;
  };
  const ma = byLabel(a, la);
  const mb = byLabel(b, lb);
  const order = [...new Set([...lb, ...la])];
  // "Quote", "Actor" and "Outcome" repeat: a label is one field, however many lines carry it.
  const general = (label: string) => label.replace(/ \(.*\)$/, "");
  const changed = order.filter((label) => (ma.get(label) ?? []).join("\n") !== (mb.get(label) ?? []).join("\n"));
  return [...new Set(changed.map(general))];
}
