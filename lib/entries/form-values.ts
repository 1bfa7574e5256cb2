// The entry form's values: every field as the editor typed it, empty forms, and a stored entry as a form.
import type { EntryInput } from "./input";

export type SourceFormValues = {
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedOn: string;
  accessedOn: string;
  archiveUrl: string;
  language: string;
  quote: string;
  quoteTranslation: string;
  quoteTranslator: string;
  locator: string;
  tier: string;
};

/** A discrepancy as typed: what is disputed and up to READINGS_PER_DISCREPANCY readings, each with a source number. */
export type DiscrepancyFormValues = { subject: string; readings: { reading: string; source: string }[] };
export const READINGS_PER_DISCREPANCY = 3;
export const emptyDiscrepancy = (): DiscrepancyFormValues => ({
  subject: "",
  readings: Array.from({ length: READINGS_PER_DISCREPANCY }, () => ({ reading: "", source: "" })),
});

export type ActorFormValues = { actorId: string; name: string; role: string; titleAtTime: string };
export type QuoteFormValues = { text: string; speaker: string };
export type VoteFormValues = { for: string; against: string; abstain: string; unanimous: string };
export type StageFormValues = { stage: string; body: string; date: string; note: string; vote: VoteFormValues };

export type EntryFormValues = {
  kind: string;
  title: string;
  date: string;
  dateQualifier: string;
  summary: string;
  body: string;
  place: string;
  tags: string;
  originalLanguage: string;
  translations: { hy: { title: string; summary: string }; ru: { title: string; summary: string } };
  /** Kind-specific fields, all kept so switching kinds never throws away what was typed. */
  details: {
    form: string;
    quotes: QuoteFormValues[];
    format: string;
    outcomes: string;
    action: string;
    level: string;
    body: string;
    instrument: string;
    vote: VoteFormValues;
    stages: StageFormValues[];
  };
  actors: ActorFormValues[];
  sources: SourceFormValues[];
  discrepancies: DiscrepancyFormValues[];
  correctionNote: string;
  /** "on" when the editor marks this edit of a published entry as a public correction. */
  correction: string;
  changeNote: string;
  /** The version the editor started from ("" for a new entry). */
  version: string;
  idempotencyKey: string;
};

export const emptyVote = (): VoteFormValues => ({ for: "", against: "", abstain: "", unanimous: "" });

export function emptySource(today: string): SourceFormValues {
  return {
    url: "",
    title: "",
    publisher: "",
    author: "",
    publishedOn: "",
    accessedOn: today,
    archiveUrl: "",
    language: "",
    quote: "",
    quoteTranslation: "",
    quoteTranslator: "",
    locator: "",
    tier: "secondary",
  };
}

export const emptyActor = (role: string): ActorFormValues => ({ actorId: "", name: "", role, titleAtTime: "" });
export const emptyQuote = (): QuoteFormValues => ({ text: "", speaker: "" });
export const emptyStage = (): StageFormValues => ({ stage: "committee", body: "", date: "", note: "", vote: emptyVote() });

export function emptyEntryForm({ kind, idempotencyKey }: { kind: string; idempotencyKey: string }): EntryFormValues {
  return {
    kind,
    title: "",
    date: "",
    dateQualifier: "",
    summary: "",
    body: "",
    place: "",
    tags: "",
    originalLanguage: "en",
    translations: { hy: { title: "", summary: "" }, ru: { title: "", summary: "" } },
    details: {
      form: "statement",
      quotes: [],
      format: "bilateral",
      outcomes: "",
      action: "",
      level: "",
      body: "",
      instrument: "",
      vote: emptyVote(),
      stages: [],
    },
    actors: [],
    sources: [],
    discrepancies: [],
    correctionNote: "",
    correction: "",
    changeNote: "",
    version: "",
    idempotencyKey,
  };
}

/* ---------- stored entry → values ---------- */

function voteValues(v: { for: number | null; against: number | null; abstain: number | null; unanimous: boolean } | null) {
  const s = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  return v ? { for: s(v.for), against: s(v.against), abstain: s(v.abstain), unanimous: v.unanimous ? "on" : "" } : emptyVote();
}

export function entryToFormValues(
  input: EntryInput,
  { version, idempotencyKey, actorNames }: { version: number; idempotencyKey: string; actorNames: Map<string, string> },
): EntryFormValues {
  const values = emptyEntryForm({ kind: input.kind, idempotencyKey });
  const d = input.details as Record<string, unknown>;
  const details = values.details;
  if ("form" in d) {
    details.form = String(d.form);
    details.quotes = (d.quotes as { text: string; speaker: string | null }[]).map((q) => ({ text: q.text, speaker: q.speaker ?? "" }));
  }
  if ("format" in d) {
    details.format = String(d.format);
    details.outcomes = (d.outcomes as string[]).join("\n");
  }
  if ("action" in d) {
    const r = input.details as Extract<EntryInput["details"], { action: string }>;
    Object.assign(details, {
      action: r.action,
      level: r.level,
      body: r.body ?? "",
      instrument: r.instrument ?? "",
      vote: voteValues(r.vote),
      stages: r.stages.map((s) => ({ stage: s.stage, body: s.body ?? "", date: s.date ?? "", note: s.note ?? "", vote: voteValues(s.vote) })),
    });
  }
  return {
    ...values,
    title: input.title,
    date: input.date,
    dateQualifier: input.dateQualifier ?? "",
    summary: input.summary,
    body: input.body,
    place: input.place ?? "",
    tags: input.tags.join(", "),
    originalLanguage: input.originalLanguage,
    translations: {
      hy: { title: input.translations.hy?.title ?? "", summary: input.translations.hy?.summary ?? "" },
      ru: { title: input.translations.ru?.title ?? "", summary: input.translations.ru?.summary ?? "" },
    },
    actors: input.actors.map((a) => ({
      actorId: a.actorId,
      name: actorNames.get(a.actorId) ?? "",
      role: a.role,
      titleAtTime: a.titleAtTime ?? "",
    })),
    sources: input.sources.map((s) => ({
      url: s.url ?? "",
      title: s.title,
      publisher: s.publisher ?? "",
      author: s.author ?? "",
      publishedOn: s.publishedOn ?? "",
      accessedOn: s.accessedOn ?? "",
      archiveUrl: s.archiveUrl ?? "",
      language: s.language ?? "",
      quote: s.quote ?? "",
      quoteTranslation: s.quoteTranslation ?? "",
      quoteTranslator: s.quoteTranslator ?? "",
      locator: s.locator ?? "",
      tier: s.tier,
    })),
    discrepancies: (input.discrepancies ?? []).map((d) => ({
      subject: d.subject,
      readings: Array.from({ length: Math.max(READINGS_PER_DISCREPANCY, d.readings.length) }, (_, i) => ({
        reading: d.readings[i]?.reading ?? "",
        source: d.readings[i] ? String(d.readings[i]!.source) : "",
      })),
    })),
    correctionNote: input.correctionNote ?? "",
    version: String(version),
  };
}
