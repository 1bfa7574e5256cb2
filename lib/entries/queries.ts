// Public read of one entry: only published, never deleted, returned as the small object its page needs.
// The listing is in ./listing.ts, the DTOs and column sets in ./read-model.ts.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { actorsFor, detailColumns, isPublic, publicSourceColumns, type EntryDetail } from "./read-model";

const { entries, sources } = schema;

export async function getPublishedEntryBySlug({ slug }: { slug: string }): Promise<EntryDetail | null> {
  const db = getDb();
  const [row] = await db
    .select(detailColumns)
    .from(entries)
    .where(and(isPublic, eq(entries.slug, slug)))
    .limit(1);
  if (!row) return null;
  const [links, sourceRows] = await Promise.all([
    actorsFor([row.id]),
    db
      .select(publicSourceColumns)
      .from(sources)
      .where(eq(sources.entryId, row.id))
      .orderBy(asc(sources.position)),
  ]);
  return { ...row, actors: links.get(row.id) ?? [], sources: sourceRows } as EntryDetail;
}
