// What the public reads of entries return and select: the DTOs (plain JSON), their column sets, the condition
// "published and not deleted", and the actors of a page's entries in one query.
import "server-only";
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db";
import type {
  ActorKind,
  ActorRole,
  DatePrecision,
  DateQualifier,
  EntryDetails,
  EntryKind,
  EntryTranslations,
  Language,
  SourceTier,
} from "@/lib/domain";

const { entries, entryActors, actors, sources } = schema;

export type EntryActorLink = {
  slug: string;
  name: string;
  kind: ActorKind;
  role: ActorRole;
  titleAtTime: string | null;
  /** The actor's Armenian and Russian names, where the record has them. */
  nameHy: string | null;
  nameRu: string | null;
};

export type EntryCard = {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  summary: string;
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier | null;
  place: string | null;
  tags: string[];
  actors: EntryActorLink[];
  sourceCount: number;
  /** Armenian and Russian title and summary, where an editor gave them. */
  translations: EntryTranslations;
  /** ISO 8601 timestamps: DTOs stay plain JSON so they can be cached and serialised as they are. */
  publishedAt: string | null;
  updatedAt: string;
};

export type PublicSource = {
  url: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  accessedOn: string | null;
  archiveUrl: string | null;
  language: string | null;
  quote: string | null;
  quoteTranslation: string | null;
  locator: string | null;
  tier: SourceTier;
  linkStatus: string;
};

export type EntryDetail = EntryCard & {
  body: string;
  originalLanguage: Language;
  details: EntryDetails;
  recognitionAction: string | null;
  recognitionLevel: string | null;
  correctionNote: string | null;
  correctedAt: string | null;
  sources: PublicSource[];
};

/** A timestamp column as an ISO 8601 string in UTC. */
export function isoTimestamp<T extends string | null>(column: AnyPgColumn): SQL<T> {
  return sql<T>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export const isPublic = and(eq(entries.status, "published"), isNull(entries.deletedAt))!;

export const cardColumns = {
  id: entries.id,
  slug: entries.slug,
  kind: entries.kind,
  title: entries.title,
  summary: entries.summary,
  date: entries.date,
  datePrecision: entries.datePrecision,
  dateQualifier: entries.dateQualifier,
  place: entries.place,
  tags: entries.tags,
  translations: entries.translations,
  publishedAt: isoTimestamp<string | null>(entries.publishedAt),
  updatedAt: isoTimestamp<string>(entries.updatedAt),
  // Written out in full: Drizzle leaves columns in a select list unqualified, and "id" would bind to sources.id.
  sourceCount: sql<number>`(select count(*)::int from sources where sources.entry_id = entries.id)`,
};

export const detailColumns = {
  ...cardColumns,
  body: entries.body,
  originalLanguage: entries.originalLanguage,
  details: entries.details,
  recognitionAction: entries.recognitionAction,
  recognitionLevel: entries.recognitionLevel,
  correctionNote: entries.correctionNote,
  correctedAt: isoTimestamp<string | null>(entries.correctedAt),
};

export const publicSourceColumns = {
  url: sources.url,
  title: sources.title,
  publisher: sources.publisher,
  author: sources.author,
  publishedOn: sources.publishedOn,
  accessedOn: sources.accessedOn,
  archiveUrl: sources.archiveUrl,
  language: sources.language,
  quote: sources.quote,
  quoteTranslation: sources.quoteTranslation,
  locator: sources.locator,
  tier: sources.tier,
  linkStatus: sources.linkStatus,
};

export async function actorsFor(entryIds: string[]): Promise<Map<string, EntryActorLink[]>> {
  const byEntry = new Map<string, EntryActorLink[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await getDb()
    .select({
      entryId: entryActors.entryId,
      slug: actors.slug,
      name: actors.nameEn,
      nameHy: actors.nameHy,
      nameRu: actors.nameRu,
      kind: actors.kind,
      role: entryActors.role,
      titleAtTime: entryActors.titleAtTime,
    })
    .from(entryActors)
    .innerJoin(actors, eq(actors.id, entryActors.actorId))
    .where(inArray(entryActors.entryId, entryIds))
    .orderBy(asc(entryActors.entryId), asc(entryActors.position));
  for (const { entryId, ...link } of rows) {
    const list = byEntry.get(entryId) ?? [];
    list.push(link as EntryActorLink);
    byEntry.set(entryId, list);
  }
  return byEntry;
}

export type CardRow = Omit<EntryCard, "actors">;

export async function withActors(rows: CardRow[]): Promise<EntryCard[]> {
  const links = await actorsFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, actors: links.get(r.id) ?? [] }) as EntryCard);
}
