// Editors' reads of entries: drafts and deleted ones included, with who changed them and when.
import "server-only";
import { and, desc, eq, exists, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type { DatePrecision, DateQualifier, EntryKind, EntryStatus } from "@/lib/domain";
import { isoTimestamp } from "./read-model";
import { readEntrySnapshot, type EntrySnapshot } from "./snapshot";

const { entries, users, sources, revisions, actors } = schema;

export type AdminEntryRow = {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  status: EntryStatus;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  publishedAt: string | null;
  deletedAt: string | null;
};

const rowColumns = {
  id: entries.id,
  slug: entries.slug,
  kind: entries.kind,
  title: entries.title,
  status: entries.status,
  date: entries.date,
  datePrecision: entries.datePrecision,
  dateQualifier: entries.dateQualifier,
  version: entries.version,
  updatedAt: isoTimestamp<string>(entries.updatedAt),
  updatedByName: users.name,
  publishedAt: isoTimestamp<string | null>(entries.publishedAt),
  deletedAt: isoTimestamp<string | null>(entries.deletedAt),
};

function listQuery(where: SQL | undefined, order: SQL[], limit: number, offset = 0) {
  return getDb()
    .select(rowColumns)
    .from(entries)
    .leftJoin(users, eq(users.id, entries.updatedById))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset) as unknown as Promise<AdminEntryRow[]>;
}

export type AdminEntryFilters = { status?: EntryStatus; kind?: EntryKind; q?: string; trash?: boolean };

/** Entries for the editors' list, newest change first; `trash` lists only deleted ones. */
export async function listAdminEntries({
  filters = {},
  page = 1,
  perPage = 50,
}: {
  filters?: AdminEntryFilters;
  page?: number;
  perPage?: number;
}): Promise<{ rows: AdminEntryRow[]; total: number }> {
  const conditions: SQL[] = [filters.trash ? isNotNull(entries.deletedAt) : isNull(entries.deletedAt)];
  if (filters.status) conditions.push(eq(entries.status, filters.status));
  if (filters.kind) conditions.push(eq(entries.kind, filters.kind));
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(entries.title, pattern), ilike(entries.slug, pattern))!);
  }
  const where = and(...conditions);
  const order = filters.trash ? [desc(entries.deletedAt), desc(entries.id)] : [desc(entries.updatedAt), desc(entries.id)];
  const [rows, [count]] = await Promise.all([
    listQuery(where, order, perPage, (page - 1) * perPage),
    getDb().select({ n: sql<number>`count(*)::int` }).from(entries).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export type Dashboard = {
  drafts: AdminEntryRow[];
  recentlyChanged: AdminEntryRow[];
  recentlyPublished: AdminEntryRow[];
  missingArchive: { rows: AdminEntryRow[]; total: number };
  counts: { drafts: number; published: number; trash: number };
};

export async function getDashboard({ limit = 8 }: { limit?: number } = {}): Promise<Dashboard> {
  const live = isNull(entries.deletedAt);
  // A source with a link but no archived copy, neither an external one nor this site's own capture (lib/archive/):
  // the link may die and take the evidence with it.
  const lacksArchive = exists(
    getDb()
      .select({ one: sql`1` })
      .from(sources)
      .where(
        and(
          eq(sources.entryId, entries.id),
          isNotNull(sources.url),
          isNull(sources.archiveUrl),
          sql`not exists (select 1 from source_captures c where c.url = ${sources.url})`,
        ),
      ),
  );
  const [drafts, recentlyChanged, recentlyPublished, missingRows, [missingCount], [counts]] = await Promise.all([
    listQuery(and(live, eq(entries.status, "draft")), [desc(entries.updatedAt)], limit),
    listQuery(live, [desc(entries.updatedAt), desc(entries.id)], limit),
    listQuery(and(live, eq(entries.status, "published")), [desc(entries.publishedAt), desc(entries.id)], limit),
    listQuery(and(live, lacksArchive), [desc(entries.date), desc(entries.id)], limit),
    getDb().select({ n: sql<number>`count(*)::int` }).from(entries).where(and(live, lacksArchive)),
    getDb()
      .select({
        drafts: sql<number>`count(*) filter (where ${entries.status} = 'draft' and ${entries.deletedAt} is null)::int`,
        published: sql<number>`count(*) filter (where ${entries.status} = 'published' and ${entries.deletedAt} is null)::int`,
        trash: sql<number>`count(*) filter (where ${entries.deletedAt} is not null)::int`,
      })
      .from(entries),
  ]);
  return {
    drafts,
    recentlyChanged,
    recentlyPublished,
    missingArchive: { rows: missingRows, total: missingCount?.n ?? 0 },
    counts: counts ?? { drafts: 0, published: 0, trash: 0 },
  };
}

/** Display names of actors by id — merged ones say where they went — for forms and diffs. */
export async function getActorNames(ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const target = alias(actors, "target");
  const rows = await getDb()
    .select({ id: actors.id, name: actors.nameEn, mergedInto: target.nameEn })
    .from(actors)
    .leftJoin(target, eq(target.id, actors.mergedIntoId))
    .where(inArray(actors.id, [...new Set(ids)]));
  return Object.fromEntries(rows.map((r) => [r.id, r.mergedInto ? `${r.name} (merged into ${r.mergedInto})` : r.name]));
}

export type EntryForEdit = {
  id: string;
  snapshot: EntrySnapshot;
  version: number;
  status: EntryStatus;
  slug: string;
  publishedAt: string | null;
  correctedAt: string | null;
  deletedAt: string | null;
  updatedAt: string;
  updatedByName: string | null;
  actorNames: Record<string, string>;
};

export async function getEntryForEdit({ id }: { id: string }): Promise<EntryForEdit | null> {
  const db = getDb();
  const [row] = await db
    .select({
      ...rowColumns,
      correctedAt: isoTimestamp<string | null>(entries.correctedAt),
    })
    .from(entries)
    .leftJoin(users, eq(users.id, entries.updatedById))
    .where(eq(entries.id, id))
    .limit(1);
  if (!row) return null;
  const snapshot = await readEntrySnapshot(db, id);
  if (!snapshot) return null;
  return {
    id,
    snapshot,
    version: row.version,
    status: row.status as EntryStatus,
    slug: row.slug,
    publishedAt: row.publishedAt,
    correctedAt: row.correctedAt,
    deletedAt: row.deletedAt,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    actorNames: await getActorNames(snapshot.actors.map((a) => a.actorId)),
  };
}

export type RevisionView = {
  id: number;
  version: number;
  createdAt: string;
  createdByName: string | null;
  changeNote: string | null;
  snapshot: unknown;
};

/** Every revision of an entry, newest first. */
export async function listRevisions({ entryId }: { entryId: string }): Promise<RevisionView[]> {
  const rows = await getDb()
    .select({
      id: revisions.id,
      version: revisions.version,
      createdAt: isoTimestamp<string>(revisions.createdAt),
      createdByName: users.name,
      changeNote: revisions.changeNote,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.createdById))
    .where(eq(revisions.entryId, entryId))
    .orderBy(desc(revisions.version));
  return rows;
}
