// Checks an export file before anything is written: every record through the shared schemas, each problem with its place.
import { englishMessage } from "@/lib/i18n/english";
import type { z } from "zod";
import { entryInputSchema, type EntryInput } from "@/lib/entries/input";
import {
  exportActorSchema,
  exportEntryEnvelopeSchema,
  exportFileSchema,
  type ExportActor,
} from "@/lib/export/format";
import { elementLines, syntaxErrorLocation } from "./json-lines";

export type ImportProblem = { record: string | null; line: number | null; message: string };

export type PlannedEntry = {
  slug: string;
  /** Validated, with each actor still to be resolved: `actorSlugs[i]` is the actor of `input.actors[i]`. */
  input: EntryInput;
  actorSlugs: string[];
  publishedAt: string;
  updatedAt: string;
  correctedAt: string | null;
  correctionNote: string | null;
  linkStatuses: string[];
  record: string;
  line: number | null;
};

export type ImportPlan = { actors: (ExportActor & { record: string; line: number | null })[]; entries: PlannedEntry[] };

// entryInputSchema wants actor ids; they are only known once the actors are in the database.
const UNRESOLVED_ACTOR = "00000000-0000-4000-8000-000000000000";

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function issues(error: z.ZodError): string[] {
  // The report is in English: the schemas' messages are catalogue keys (lib/i18n/message-key.ts).
  return error.issues.map((issue) => {
    const message = englishMessage(issue.message);
    return issue.path.length ? `${pathText(issue.path)}: ${message}` : message;
  });
}

export function formatProblem(p: ImportProblem): string {
  const where = [p.record, p.line === null ? null : `line ${p.line}`].filter(Boolean).join(", ");
  return where ? `${where}: ${p.message}` : p.message;
}

export type Parsed = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

/** Reads an export file (lib/export/format.ts) and checks every record; nothing here touches the database. */
export function parseImportFile(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = syntaxErrorLocation(text);
    return { ok: false, problems: [{ record: null, line, message: `not valid JSON at column ${column} (${(error as Error).message.split("\n")[0]})` }] };
  }
  const file = exportFileSchema.safeParse(data);
  if (!file.success) return { ok: false, problems: issues(file.error).map((message) => ({ record: null, line: null, message })) };

  const lines = elementLines(text, ["actors", "entries"]);
  const problems: ImportProblem[] = [];
  const plan: ImportPlan = { actors: [], entries: [] };

  const actorSlugs = new Set<string>();
  file.data.actors.forEach((raw, i) => {
    const record = `actors[${i}]`;
    const line = lines.actors![i] ?? null;
    const actor = exportActorSchema.safeParse(raw);
    if (!actor.success) {
      for (const message of issues(actor.error)) problems.push({ record, line, message });
      return;
    }
    if (actorSlugs.has(actor.data.slug)) problems.push({ record, line, message: `the actor ${actor.data.slug} is in the file twice` });
    actorSlugs.add(actor.data.slug);
    plan.actors.push({ ...actor.data, record, line });
  });

  const entrySlugs = new Set<string>();
  file.data.entries.forEach((raw, i) => {
    const line = lines.entries![i] ?? null;
    const slug = (raw as { slug?: unknown } | null)?.slug;
    const record = `entries[${i}]${typeof slug === "string" ? ` (${slug})` : ""}`;
    const envelope = exportEntryEnvelopeSchema.safeParse(raw);
    const input = entryInputSchema.safeParse({
      ...(raw as object),
      actors: envelope.success
        ? envelope.data.actors.map((a) => ({ actorId: UNRESOLVED_ACTOR, role: a.role, titleAtTime: a.title }))
        : [],
    });
    const messages = [...(envelope.success ? [] : issues(envelope.error)), ...(input.success ? [] : issues(input.error))];
    if (!envelope.success || !input.success) {
      for (const message of new Set(messages)) problems.push({ record, line, message });
      return;
    }
    const e = envelope.data;
    if (entrySlugs.has(e.slug)) problems.push({ record, line, message: `the entry ${e.slug} is in the file twice` });
    entrySlugs.add(e.slug);
    const links = e.actors.map((a) => `${a.actor}:${a.role}`);
    if (new Set(links).size !== links.length) problems.push({ record, line, message: "names the same actor in the same role twice" });
    plan.entries.push({
      slug: e.slug,
      input: input.data,
      actorSlugs: e.actors.map((a) => a.actor),
      publishedAt: e.publishedAt,
      updatedAt: e.updatedAt,
      correctedAt: e.correctedAt,
      correctionNote: e.correctionNote,
      linkStatuses: e.sources.map((s) => s.linkStatus),
      record,
      line,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/** What the database already holds decides the rest: an entry's slug must be new, every actor it names known. */
export function checkAgainstDatabase(
  plan: ImportPlan,
  existing: { actorSlugs: Set<string>; entrySlugs: Set<string> },
): ImportProblem[] {
  const known = new Set([...existing.actorSlugs, ...plan.actors.map((a) => a.slug)]);
  const problems: ImportProblem[] = [];
  for (const a of plan.actors) {
    if (a.parent && !known.has(a.parent)) problems.push({ record: a.record, line: a.line, message: `parent: no actor ${a.parent} in the file or the database` });
  }
  for (const e of plan.entries) {
    if (existing.entrySlugs.has(e.slug)) {
      problems.push({ record: e.record, line: e.line, message: `an entry with the slug ${e.slug} is already in the database` });
    }
    e.actorSlugs.forEach((slug, i) => {
      if (!known.has(slug)) problems.push({ record: e.record, line: e.line, message: `actors[${i}].actor: no actor ${slug} in the file or the database` });
    });
  }
  return problems;
}
