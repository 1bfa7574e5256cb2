// Public reads of whole entries in bulk (feeds, API, exports): the listing's filters and keyset order, sources embedded.
import "server-only";
import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { EntryFilters } from "./filters";
import { encodeCursor } from "./cursor";
import { filterConditions, NEWEST_FIRST } from "./listing";
import { actorsFor, detailColumns, isPublic, publicSourceColumns, type EntryDetail, type PublicSource } from "./read-model";

const { entries, sources, actors } = schema;

export async function sourcesFor(entryIds: string[]): Promise<Map<string, PublicSource[]>> {
  const byEntry = new Map<string, PublicSource[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await getDb()
    .select({ entryId: sources.entryId, ...publicSourceColumns })
    .from(sources)
    .where(inArray(sources.entryId, entryIds))
    .orderBy(asc(sources.entryId), asc(sources.position));
  for (const { entryId, ...source } of rows) {
    const list = byEntry.get(entryId) ?? [];
    list.push(source as PublicSource);
    byEntry.set(entryId, list);
  }
  return byEntry;
}

// No editor's name or id: every public output (feeds, API, exports) is built from these, and the record's
// editors may be at risk; the record itself answers for its entries.
type DetailRow = Omit<EntryDetail, "actors" | "sources">;

async function withLinks(rows: DetailRow[]): Promise<EntryDetail[]> {
  const ids = rows.map((r) => r.id);
  const [links, sourceLists] = await Promise.all([actorsFor(ids), sourcesFor(ids)]);
  return rows.map((r) => ({ ...r, actors: links.get(r.id) ?? [], sources: sourceLists.get(r.id) ?? [] }) as EntryDetail);
}

const columns = detailColumns;

/** Like listPublishedEntries (same filters, order and cursor), with each entry whole. */
export async function listPublishedEntryDetails({
  filters = {},
  cursor,
  limit = 20,
}: {
  filters?: EntryFilters;
  cursor?: { date: string; id: string } | null;
  limit?: number;
}): Promise<{ items: EntryDetail[]; nextCursor: string | null }> {
  const conditions = await filterConditions(filters);
  if (cursor) {
    conditions.push(or(lt(entries.date, cursor.date), and(eq(entries.date, cursor.date), lt(entries.id, cursor.id)))!);
  }
  const rows = await getDb()
    .select(columns)
    .from(entries)
    .where(and(...conditions))
    // Spelled as the indexes are built (see NEWEST_FIRST): a plain desc sorted every match of a feed's search.
    .orderBy(...NEWEST_FIRST)
    .limit(limit + 1);
  const page = rows.slice(0, limit) as DetailRow[];
  const last = page[page.length - 1];
  return {
    items: await withLinks(page),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** Dates, then slugs in code-point order: the same on every engine and locale, and unchanged by an import. */
function chronological(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Every published entry, oldest first, in batches: the keys are read and ordered once, then each batch is
 * fetched by id, so a large record is neither one huge query nor re-sorted for every batch.
 */
export async function* allPublishedEntryDetails({ batchSize = 500 } = {}): AsyncGenerator<EntryDetail[]> {
  const keys = await getDb()
    .select({ id: entries.id, date: entries.date, slug: entries.slug })
    .from(entries)
    .where(isPublic);
  keys.sort(chronological);
  for (let start = 0; start < keys.length; start += batchSize) {
    const ids = keys.slice(start, start + batchSize).map((k) => k.id);
    const rows = (await getDb()
      .select(columns)
      .from(entries)
        .where(and(isPublic, inArray(entries.id, ids)))) as DetailRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    // An entry removed since the keys were read is left out.
    yield await withLinks(ids.flatMap((id) => byId.get(id) ?? []));
  }
}

/**
 * The last moment anything public changed: an entry or source written, published or removed, an actor edited.
 * Used as Last-Modified; it can only move forward with a change, so a conditional request never misses one.
 */
export async function getRecordLastChange(): Promise<string> {
  const result = await getDb().execute<{ at: string | null }>(sql`select to_char(greatest(
      (select max(greatest(${entries.updatedAt}, ${entries.publishedAt}, ${entries.deletedAt})) from ${entries}),
      (select max(greatest(${actors.updatedAt}, ${actors.deletedAt})) from ${actors}),
      (select max(greatest(${sources.updatedAt}, ${sources.linkCheckedAt})) from ${sources}),
      (select max(${schema.corrections.createdAt}) from ${schema.corrections})
    ) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at`);
  const rows = Array.isArray(result) ? result : (result as { rows: { at: string | null }[] }).rows;
  return rows[0]?.at ?? new Date(0).toISOString();
}
