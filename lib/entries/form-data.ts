// The entry form as data: FormData → the values as typed (to show again) → the structured input the shared
// zod schema parses, and back from a stored entry to the form. Field names are the schema's own paths
// ("sources.0.url", "details.vote.for"), so an issue's path is the name of the field it belongs to.
import { SLUG_PATTERN } from "@/lib/constants";
import { slugify } from "@/lib/slug";
import type {
  ActorFormValues,
  DiscrepancyFormValues,
  EntryFormValues,
  QuoteFormValues,
  SourceFormValues,
  StageFormValues,
  VoteFormValues,
} from "./form-values";

const SLUG_RE = new RegExp(SLUG_PATTERN);

/* ---------- FormData → values ---------- */

function text(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
}

/** The rows of a repeatable group ("sources.3.url" …), in index order, whatever order the fields came in. */
function rows(fd: FormData, prefix: string): Map<number, Map<string, string>> {
  const byIndex = new Map<number, Map<string, string>>();
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d{1,3})\\.(.+)$`);
  for (const [key, value] of fd.entries()) {
    const m = pattern.exec(key);
    if (!m || typeof value !== "string") continue;
    const index = Number(m[1]);
    const row = byIndex.get(index) ?? new Map<string, string>();
    row.set(m[2]!, value);
    byIndex.set(index, row);
  }
  return new Map([...byIndex.entries()].sort(([a], [b]) => a - b));
}

function readVote(get: (name: string) => string): VoteFormValues {
  return { for: get("for"), against: get("against"), abstain: get("abstain"), unanimous: get("unanimous") ? "on" : "" };
}

export function readEntryForm(fd: FormData): EntryFormValues {
  const get = (row: Map<string, string>) => (name: string) => row.get(name) ?? "";
  return {
    kind: text(fd, "kind"),
    title: text(fd, "title"),
    date: text(fd, "date"),
    dateQualifier: text(fd, "dateQualifier"),
    summary: text(fd, "summary"),
    body: text(fd, "body"),
    place: text(fd, "place"),
    tags: text(fd, "tags"),
    originalLanguage: text(fd, "originalLanguage"),
    translations: {
      hy: { title: text(fd, "translations.hy.title"), summary: text(fd, "translations.hy.summary") },
      ru: { title: text(fd, "translations.ru.title"), summary: text(fd, "translations.ru.summary") },
    },
    details: {
      form: text(fd, "details.form"),
      quotes: [...rows(fd, "details.quotes").values()].map((r) => ({ text: get(r)("text"), speaker: get(r)("speaker") })),
      format: text(fd, "details.format"),
      outcomes: text(fd, "details.outcomes"),
      action: text(fd, "details.action"),
      level: text(fd, "details.level"),
      body: text(fd, "details.body"),
      instrument: text(fd, "details.instrument"),
      vote: readVote((n) => text(fd, `details.vote.${n}`)),
      stages: [...rows(fd, "details.stages").values()].map((r) => ({
        stage: get(r)("stage"),
        body: get(r)("body"),
        date: get(r)("date"),
        note: get(r)("note"),
        vote: readVote((n) => get(r)(`vote.${n}`)),
      })),
    },
    actors: [...rows(fd, "actors").values()].map((r) => ({
      actorId: get(r)("actorId"),
      name: get(r)("name"),
      role: get(r)("role"),
      titleAtTime: get(r)("titleAtTime"),
    })),
    sources: [...rows(fd, "sources").values()].map((r) => ({
      url: get(r)("url"),
      title: get(r)("title"),
      publisher: get(r)("publisher"),
      author: get(r)("author"),
      publishedOn: get(r)("publishedOn"),
      accessedOn: get(r)("accessedOn"),
      archiveUrl: get(r)("archiveUrl"),
      language: get(r)("language"),
      quote: get(r)("quote"),
      quoteTranslation: get(r)("quoteTranslation"),
      quoteTranslator: get(r)("quoteTranslator"),
      locator: get(r)("locator"),
      tier: get(r)("tier"),
    })),
    discrepancies: [...rows(fd, "discrepancies").values()].map((r) => {
      const readings = new Map<number, { reading: string; source: string }>();
      for (const [key, value] of r) {
        const m = /^readings\.(\d{1,2})\.(reading|source)$/.exec(key);
        if (!m) continue;
        const row = readings.get(Number(m[1])) ?? { reading: "", source: "" };
        row[m[2] as "reading" | "source"] = value;
        readings.set(Number(m[1]), row);
      }
      return { subject: get(r)("subject"), readings: [...readings.entries()].sort(([a], [b]) => a - b).map(([, v]) => v) };
    }),
    correctionNote: text(fd, "correctionNote"),
    correction: text(fd, "correction") ? "on" : "",
    changeNote: text(fd, "changeNote"),
    version: text(fd, "version"),
    idempotencyKey: text(fd, "idempotencyKey"),
  };
}

/* ---------- values → structured input ---------- */

const orNull = (v: string): string | null => (v.trim() === "" ? null : v);

/** "" → null, digits → a number, anything else stays text so the schema names the field. */
function count(v: string): number | string | null {
  const t = v.trim();
  if (t === "") return null;
  return /^\d{1,9}$/.test(t) ? Number(t) : t;
}

function vote(v: VoteFormValues) {
  const unanimous = v.unanimous === "on";
  if (!unanimous && !v.for.trim() && !v.against.trim() && !v.abstain.trim()) return null;
  return { for: count(v.for), against: count(v.against), abstain: count(v.abstain), unanimous };
}

/** Rows the editor added but left empty are skipped; `kept[i]` is the form row of the i-th input row. */
function nonBlank<T>(items: T[], isBlank: (item: T) => boolean): { items: T[]; kept: number[] } {
  const kept: number[] = [];
  items.forEach((item, i) => {
    if (!isBlank(item)) kept.push(i);
  });
  return { items: kept.map((i) => items[i]!), kept };
}

const blankSource = (s: SourceFormValues) =>
  [s.url, s.title, s.publisher, s.author, s.publishedOn, s.archiveUrl, s.quote, s.quoteTranslation, s.quoteTranslator, s.locator].every(
    (v) => v.trim() === "",
  );
const blankReading = (r: { reading: string; source: string }) => !r.reading.trim() && !r.source.trim();
const blankDiscrepancy = (d: DiscrepancyFormValues) => !d.subject.trim() && d.readings.every(blankReading);
const blankActor = (a: ActorFormValues) => !a.actorId.trim() && !a.name.trim() && !a.titleAtTime.trim();
const blankQuote = (q: QuoteFormValues) => !q.text.trim() && !q.speaker.trim();
const blankStage = (s: StageFormValues) =>
  !s.body.trim() && !s.date.trim() && !s.note.trim() && vote(s.vote) === null;

/** Maps from the input's row numbers back to the form's, per repeatable group, for error messages. */
export type RowMaps = Record<"sources" | "actors" | "details.quotes" | "details.stages" | "discrepancies", number[]> & {
  /** Per kept discrepancy, the form rows of its kept readings. */
  readings?: number[][];
};

export function splitTags(tags: string): string[] {
  const seen = new Set<string>();
  for (const raw of tags.split(/[,\n]/)) {
    const t = raw.trim();
    if (!t) continue;
    // Tags are slugs; editors may type them as words ("Lachin corridor" → lachin-corridor).
    seen.add(SLUG_RE.test(t) ? t : slugify(t, 60));
  }
  return [...seen];
}

function translation(t: { title: string; summary: string }) {
  return t.title.trim() || t.summary.trim() ? { title: t.title, summary: t.summary } : undefined;
}

/** The structured candidate for entrySubmissionSchema, and how its rows map back to the form's. */
export function entryFormToInput(values: EntryFormValues): { candidate: Record<string, unknown>; rowMaps: RowMaps } {
  const sources = nonBlank(values.sources, blankSource);
  const actors = nonBlank(values.actors, blankActor);
  const quotes = nonBlank(values.details.quotes, blankQuote);
  const stages = nonBlank(values.details.stages, blankStage);
  const discrepancies = nonBlank(values.discrepancies ?? [], blankDiscrepancy);
  const readings = discrepancies.items.map((d) => nonBlank(d.readings, blankReading));
  const d = values.details;
  const details =
    values.kind === "statement"
      ? { form: d.form, quotes: quotes.items.map((q) => ({ text: q.text, speaker: orNull(q.speaker)?.trim() ?? null })) }
      : values.kind === "meeting"
        ? { format: d.format, outcomes: d.outcomes.split("\n").map((l) => l.trim()).filter(Boolean) }
        : {
            action: d.action,
            level: d.level,
            body: orNull(d.body),
            instrument: orNull(d.instrument),
            vote: vote(d.vote),
            stages: stages.items.map((s) => ({
              stage: s.stage,
              body: orNull(s.body),
              date: orNull(s.date)?.trim() ?? null,
              vote: vote(s.vote),
              note: orNull(s.note),
            })),
          };
  const candidate = {
    kind: values.kind,
    title: values.title,
    summary: values.summary,
    body: values.body,
    date: values.date.trim(),
    dateQualifier: orNull(values.dateQualifier),
    place: orNull(values.place),
    tags: splitTags(values.tags),
    originalLanguage: values.originalLanguage,
    translations: { hy: translation(values.translations.hy), ru: translation(values.translations.ru) },
    details,
    actors: actors.items.map((a) => ({ actorId: a.actorId.trim(), role: a.role, titleAtTime: orNull(a.titleAtTime) })),
    sources: sources.items.map((s) => ({
      url: orNull(s.url)?.trim() ?? null,
      title: s.title,
      publisher: orNull(s.publisher),
      author: orNull(s.author),
      publishedOn: orNull(s.publishedOn)?.trim() ?? null,
      accessedOn: orNull(s.accessedOn)?.trim() ?? null,
      archiveUrl: orNull(s.archiveUrl)?.trim() ?? null,
      language: orNull(s.language),
      quote: orNull(s.quote),
      quoteTranslation: orNull(s.quoteTranslation),
      quoteTranslator: orNull(s.quoteTranslator),
      locator: orNull(s.locator),
      tier: s.tier,
    })),
    discrepancies: discrepancies.items.map((d, i) => ({
      subject: d.subject,
      readings: readings[i]!.items.map((r) => ({ reading: r.reading, source: count(r.source) })),
    })),
    correctionNote: orNull(values.correctionNote),
    ...(values.correction === "on" ? { correction: true } : {}),
    changeNote: orNull(values.changeNote),
    version: values.version.trim() === "" ? undefined : values.version,
    idempotencyKey: values.idempotencyKey,
  };
  return {
    candidate,
    rowMaps: {
      sources: sources.kept,
      actors: actors.kept,
      "details.quotes": quotes.kept,
      "details.stages": stages.kept,
      discrepancies: discrepancies.kept,
      readings: readings.map((r) => r.kept),
    },
  };
}

/**
 * Error keys from the schema, renamed to the form's fields: row numbers mapped back past skipped blank rows,
 * and issues inside fields that are one box in the form (tags, outcomes) put on that box.
 */
export function formErrorKeys(errors: Record<string, string[]>, rowMaps: RowMaps): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    let name = key;
    for (const [group, kept] of Object.entries(rowMaps)) {
      if (group === "readings") continue;
      const m = new RegExp(`^${group.replace(/\./g, "\\.")}\\.(\\d+)(\\..*)?$`).exec(key);
      if (m) {
        const row = kept[Number(m[1])];
        name = row === undefined ? group : `${group}.${row}${m[2] ?? ""}`;
      }
    }
    // A reading's row inside its discrepancy (blank readings were skipped too).
    const reading = /^discrepancies\.(\d+)\.readings\.(\d+)/.exec(key);
    if (reading) {
      const row = rowMaps.readings?.[Number(reading[1])]?.[Number(reading[2])];
      name = row === undefined ? name.replace(/\.readings\..*$/, "") : name.replace(/(\.readings\.)\d+/, `$1${row}`);
    }
    name = name.replace(/^tags\.\d+$/, "tags").replace(/^details\.outcomes\.\d+$/, "details.outcomes");
    // Several rows can map to one field (every tag to "tags"): it still shows one message, the first.
    if (messages[0] !== undefined) out[name] ??= [messages[0]];
  }
  return out;
}
