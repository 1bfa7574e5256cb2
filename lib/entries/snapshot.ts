// An entry as one value — fields, actors and sources — read from the database: what a revision stores and a form edits.
import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { asc, eq } from "drizzle-orm";
import { schema } from "@/db";
import { toPartialDate } from "@/lib/dates";
import type { DatePrecision, EntryStatus } from "@/lib/domain";
import type { Executor } from "@/lib/tx";
import { entryInputSchema, type EntryInput } from "./input";

/** What a revision holds: the input that produced the entry, its slug and status at the time. */
export type EntrySnapshot = EntryInput & { slug: string; status: EntryStatus; deleted?: boolean };

export type EntryState = {
  id: string;
  slug: string;
  status: EntryStatus;
  version: number;
  publishedAt: Date | null;
  deletedAt: Date | null;
};

export async function readEntryState(db: Executor, id: string): Promise<EntryState | null> {
  const { entries } = schema;
  const [row] = await db
    .select({
      id: entries.id,
      slug: entries.slug,
      status: entries.status,
      version: entries.version,
      publishedAt: entries.publishedAt,
      deletedAt: entries.deletedAt,
    })
    .from(entries)
    .where(eq(entries.id, id))
    .limit(1);
  return row ? { ...row, status: row.status as EntryStatus } : null;
}

/** The entry as it stands, in the shape of the write input (and so of a revision). */
export async function readEntrySnapshot(db: Executor, id: string): Promise<EntrySnapshot | null> {
  const { entries, entryActors, sources } = schema;
  const [row] = await db.select().from(entries).where(eq(entries.id, id)).limit(1);
  if (!row) return null;
  const [links, sourceRows] = await Promise.all([
    db
      .select({ actorId: entryActors.actorId, role: entryActors.role, titleAtTime: entryActors.titleAtTime })
      .from(entryActors)
      .where(eq(entryActors.entryId, id))
      .orderBy(asc(entryActors.position)),
    db.select().from(sources).where(eq(sources.entryId, id)).orderBy(asc(sources.position)),
  ]);
  const input: EntryInput = {
    kind: row.kind as EntryInput["kind"],
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    date: toPartialDate(row.date, row.datePrecision as DatePrecision),
    dateQualifier: row.dateQualifier as EntryInput["dateQualifier"],
    place: row.place,
    tags: row.tags,
    originalLanguage: row.originalLanguage as EntryInput["originalLanguage"],
    translations: row.translations,
    details: row.details,
    actors: links as EntryInput["actors"],
    sources: sourceRows.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn,
      archiveUrl: s.archiveUrl,
      language: s.language as EntryInput["sources"][number]["language"],
      quote: s.quote,
      quoteTranslation: s.quoteTranslation,
      quoteTranslator: s.quoteTranslator,
      locator: s.locator,
      tier: s.tier as EntryInput["sources"][number]["tier"],
    })),
    correctionNote: row.correctionNote,
    discrepancies: row.discrepancies,
  };
  return { ...input, status: row.status as EntryStatus, slug: row.slug, ...(row.deletedAt ? { deleted: true } : {}) };
}

/**
 * A stored revision back as write input. Revisions written before a rule changed may no longer pass it; they
 * come back with the reason instead, so a restore can say what to fix rather than fail silently.
 */
export function snapshotToInput(snapshot: unknown): { ok: true; input: EntryInput } | { ok: false; message: string } {
  const value = (snapshot ?? {}) as Record<string, unknown>;
  const { status: _status, deleted: _deleted, ...input } = value;
  const parsed = entryInputSchema.safeParse({ correctionNote: null, ...input });
  if (parsed.success) return { ok: true, input: parsed.data };
  const issue = parsed.error.issues[0];
  // A message key whose `problem` is itself a key (the zod issue's): both are shown in the reader's language.
  return { ok: false, message: messageKey("forms.badRevision", { field: issue?.path.join(".") ?? "", problem: issue?.message ?? "" }) };
}
