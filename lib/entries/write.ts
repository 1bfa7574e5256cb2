// Saving an entry (create, edit): each one a single transaction that also records a revision and an audit line.
// Status changes are in ./lifecycle.ts, restoring a revision in ./restore-revision.ts, what they share in ./revisions.ts.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { enqueueCaptures } from "@/lib/archive/jobs";
import { recordAudit, type AuditAction } from "@/lib/audit";
import { parsePartialDate } from "@/lib/dates";
import type { EntryStatus } from "@/lib/domain";
import { slugify } from "@/lib/slug";
import { uniqueSlug } from "@/lib/unique-slug";
import type { Tx } from "@/lib/tx";
import { v } from "@/lib/i18n/message-key";
import { NO_SOURCE_MESSAGE, type EntryInput } from "./input";
import { EntryValidationError, conflictOrMissing, recordRevision, type EntryWriteResult, type SavedEntry } from "./revisions";
import { changedPublicFields, publicSnapshotText } from "./public-diff";
import { readEntrySnapshot, readEntryState, type EntrySnapshot } from "./snapshot";
import { recordSubmission, withIdempotencyKey } from "./submissions";

/** Text that full-text search should see besides title, summary and body. */
export function searchExtraFor(input: Pick<EntryInput, "details" | "sources" | "translations">): string {
  const quotes = "quotes" in input.details ? input.details.quotes.map((q) => q.text) : [];
  const sourceQuotes = input.sources.flatMap((s) => [s.quote, s.quoteTranslation]).filter(Boolean);
  const translated = Object.values(input.translations).flatMap((t) => (t ? [t.title, t.summary] : []));
  return [...translated, ...quotes, ...sourceQuotes].join("\n");
}

export function assertPublishable(input: Pick<EntryInput, "sources">) {
  if (input.sources.length === 0) throw new EntryValidationError("sources", NO_SOURCE_MESSAGE);
}

function entryColumns(input: EntryInput) {
  const parsed = parsePartialDate(input.date);
  if (!parsed) throw new EntryValidationError("date", v("notCalendarDate"));
  const recognition = input.kind === "recognition" && "action" in input.details ? input.details : null;
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    body: input.body,
    date: parsed.date,
    datePrecision: parsed.precision,
    dateQualifier: input.dateQualifier,
    place: input.place,
    tags: input.tags,
    originalLanguage: input.originalLanguage,
    translations: input.translations,
    details: input.details,
    recognitionAction: recognition?.action ?? null,
    recognitionLevel: recognition?.level ?? null,
    searchExtra: searchExtraFor(input),
    correctionNote: input.correctionNote ?? null,
    discrepancies: input.discrepancies,
    sourceCount: input.sources.length,
    primarySourceCount: input.sources.filter((s) => s.tier === "primary").length,
  };
}

async function actorNamesFor(tx: Tx, snapshots: EntrySnapshot[]): Promise<Record<string, string>> {
  const ids = [...new Set(snapshots.flatMap((s) => s.actors.map((a) => a.actorId)))];
  if (ids.length === 0) return {};
  const rows = await tx
    .select({ id: schema.actors.id, name: schema.actors.nameEn })
    .from(schema.actors)
    .where(inArray(schema.actors.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** A public correction: the note and the public fields before and after, in the save's transaction. */
async function recordCorrection(
  tx: Tx,
  { entryId, version, note, before, after }: { entryId: string; version: number; note: string; before: EntrySnapshot; after: EntrySnapshot },
) {
  const names = await actorNamesFor(tx, [before, after]);
  const beforeText = publicSnapshotText(before, names);
  const afterText = publicSnapshotText(after, names);
  await tx.insert(schema.corrections).values({
    entryId,
    version,
    note,
    before: beforeText,
    after: afterText,
    changedFields: changedPublicFields(beforeText, afterText),
  });
}

export async function writeLinks(tx: Tx, entryId: string, input: EntryInput) {
  const cited = await tx.select({ url: schema.sources.url }).from(schema.sources).where(eq(schema.sources.entryId, entryId));
  await tx.delete(schema.entryActors).where(eq(schema.entryActors.entryId, entryId));
  await tx.delete(schema.sources).where(eq(schema.sources.entryId, entryId));
  if (input.actors.length > 0) {
    // The same actor twice in the same role is one link (the table's key); keep the first.
    const seen = new Set<string>();
    const links = input.actors.filter((a) => {
      const key = `${a.actorId}|${a.role}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    await tx
      .insert(schema.entryActors)
      .values(links.map((a, position) => ({ entryId, actorId: a.actorId, role: a.role, titleAtTime: a.titleAtTime, position })));
  }
  if (input.sources.length > 0) {
    await tx.insert(schema.sources).values(input.sources.map((s, position) => ({ ...s, entryId, position })));
    // The rows are new on every save: they keep the link health already known for their URL.
    await tx.execute(sql`
      update sources s set link_status = l.status, link_checked_at = l.checked_at
      from source_links l where s.entry_id = ${entryId} and l.url = s.url and l.status <> 'unchecked'`);
  }
  // A URL this entry did not cite before is archived (lib/archive/): queued in this transaction, so a saved
  // citation is never left without its job, and a rolled-back save queues nothing.
  const before = new Set(cited.map((c) => c.url));
  await enqueueCaptures(tx, input.sources.flatMap((s) => (s.url && !before.has(s.url) ? [s.url] : [])));
}

async function replaySubmission(entryId: string, version: number, db: Database): Promise<SavedEntry> {
  const state = await readEntryState(db, entryId);
  return {
    status: "saved",
    id: entryId,
    slug: state?.slug ?? "",
    version,
    entryStatus: state?.status ?? "draft",
    affectsPublic: false,
    duplicate: true,
  };
}

export async function createEntry({
  input,
  userId,
  status,
  changeNote,
  idempotencyKey,
  db = getDb(),
}: {
  input: EntryInput;
  userId: string | null;
  status: EntryStatus;
  changeNote?: string | null;
  idempotencyKey?: string | null;
  db?: Database;
}): Promise<SavedEntry> {
  if (status === "published") assertPublishable(input);
  const write = () =>
    db.transaction(async (tx) => {
      const slug = await uniqueSlug(tx, schema.entries.slug, input.slug ?? slugify(`${input.date.slice(0, 4)} ${input.title}`));
      const [row] = await tx
        .insert(schema.entries)
        .values({
          ...entryColumns(input),
          slug,
          status,
          version: 1,
          createdById: userId,
          updatedById: userId,
          publishedAt: status === "published" ? sql`now()` : null,
        })
        .returning({ id: schema.entries.id, version: schema.entries.version });
      if (!row) throw new Error("insert returned no row");
      await writeLinks(tx, row.id, input);
      await recordRevision(tx, { entryId: row.id, version: 1, snapshot: { ...input, slug, status }, changeNote: changeNote || "Created", userId });
      await recordAudit(tx, {
        userId,
        action: status === "published" ? "entry.publish" : "entry.create",
        targetType: "entry",
        targetId: row.id,
        details: { slug, title: input.title },
      });
      if (idempotencyKey) await recordSubmission(tx, { key: idempotencyKey, entryId: row.id, version: 1, userId });
      const saved: SavedEntry = {
        status: "saved",
        id: row.id,
        slug,
        version: row.version,
        entryStatus: status,
        affectsPublic: status === "published",
        duplicate: false,
      };
      return saved;
    });
  return withIdempotencyKey(idempotencyKey, write, (past) => replaySubmission(past.entryId, past.version, db), db);
}

/**
 * Saves an editor's form over the entry, if nobody saved it since the editor opened it (`expectedVersion`).
 * `publish` true publishes it as well (refused without a source); false keeps its status.
 */
export async function updateEntry({
  id,
  input,
  expectedVersion,
  userId,
  publish = false,
  changeNote,
  idempotencyKey,
  restoredFrom,
  correction = false,
  db = getDb(),
}: {
  id: string;
  input: EntryInput;
  expectedVersion: number;
  userId: string | null;
  publish?: boolean;
  changeNote?: string | null;
  idempotencyKey?: string | null;
  /** Set by restoreRevision: the version whose content this save brings back. */
  restoredFrom?: number;
  /** The editor marked this edit a public correction (only an edit of a published entry can be one). */
  correction?: boolean;
  db?: Database;
}): Promise<EntryWriteResult> {
  const write = () =>
    db.transaction(async (tx): Promise<EntryWriteResult> => {
      const before = await readEntryState(tx, id);
      if (!before || before.deletedAt) return { status: "not_found" };
      const status: EntryStatus = publish ? "published" : before.status;
      if (status === "published") assertPublishable(input);
      // Edited after it was first published: readers are told it was updated.
      const corrected = status === "published" && before.publishedAt !== null;
      const publicCorrection = correction && before.status === "published" && Boolean(input.correctionNote);
      const snapshotBefore = publicCorrection ? await readEntrySnapshot(tx, id) : null;
      const [row] = await tx
        .update(schema.entries)
        .set({
          ...entryColumns(input),
          status,
          version: sql`${schema.entries.version} + 1`,
          updatedById: userId,
          updatedAt: sql`now()`,
          publishedAt: status === "published" ? sql`coalesce(${schema.entries.publishedAt}, now())` : schema.entries.publishedAt,
          ...(corrected ? { correctedAt: sql`now()` } : {}),
        })
        .where(and(eq(schema.entries.id, id), eq(schema.entries.version, expectedVersion)))
        .returning({ version: schema.entries.version });
      if (!row) return conflictOrMissing(tx, id);
      await writeLinks(tx, id, input);
      const action: AuditAction =
        restoredFrom !== undefined ? "entry.revision_restore" : publish && before.status !== "published" ? "entry.publish" : "entry.update";
      const defaultNote =
        restoredFrom !== undefined ? `Restored version ${restoredFrom}` : action === "entry.publish" ? "Published" : "Edited";
      const snapshot: EntrySnapshot = { ...input, slug: before.slug, status };
      await recordRevision(tx, { entryId: id, version: row.version, snapshot, changeNote: changeNote || defaultNote, userId });
      if (snapshotBefore) {
        await recordCorrection(tx, { entryId: id, version: row.version, note: input.correctionNote!, before: snapshotBefore, after: snapshot });
      }
      await recordAudit(tx, {
        userId,
        action,
        targetType: "entry",
        targetId: id,
        details: { slug: before.slug, title: input.title, version: row.version, ...(restoredFrom !== undefined ? { restoredFrom } : {}) },
      });
      if (idempotencyKey) await recordSubmission(tx, { key: idempotencyKey, entryId: id, version: row.version, userId });
      return {
        status: "saved",
        id,
        slug: before.slug,
        version: row.version,
        entryStatus: status,
        affectsPublic: status === "published" || before.status === "published",
        duplicate: false,
      };
    });
  return withIdempotencyKey(idempotencyKey, write, (past) => replaySubmission(past.entryId, past.version, db), db);
}

