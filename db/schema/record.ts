// The public record: actors, entries, the links between them and each entry's sources.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  ENTRY_STATUSES,
  LANGUAGES,
  LINK_STATUSES,
  SOURCE_TIERS,
} from "../../lib/constants";
import type { ActorPosition, EntryDetails, EntryDiscrepancy, EntryTranslations } from "@/lib/domain";
import { inList, matchesSlug, timestamps, tsvector } from "./columns";
import { users } from "./auth";

export const actors = pgTable(
  "actors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: text("kind").notNull(),
    nameEn: text("name_en").notNull(),
    nameHy: text("name_hy"),
    nameRu: text("name_ru"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    countryCode: text("country_code"),
    parentId: uuid("parent_id").references((): AnyPgColumn => actors.id, { onDelete: "set null" }),
    wikidataId: text("wikidata_id"),
    existedFrom: text("existed_from"),
    existedUntil: text("existed_until"),
    description: text("description"),
    positions: jsonb("positions").$type<ActorPosition[]>().notNull().default([]),
    /** Shown on the public site although no published entry names it (an editor's choice). */
    public: boolean("public").notNull().default(false),
    /** Bumped by every save; an edit names the version it started from (edit conflicts). */
    version: integer("version").notNull().default(1),
    /** Set when this actor was merged into another; its links moved there. */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => actors.id),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** The loose Latin key of every name and alias (migration 0009's record_name_key), to find the actor a search names. */
    searchKeys: text("search_keys")
      .array()
      .generatedAlwaysAs(sql`record_name_keys(name_en, name_hy, name_ru, aliases)`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("actors_slug_key").on(t.slug),
    index("actors_search_keys_idx").using("gin", t.searchKeys),
    index("actors_parent_idx").on(t.parentId),
    index("actors_country_idx").on(t.countryCode),
    check("actors_kind_check", inList("kind", ACTOR_KINDS)),
    check("actors_slug_check", matchesSlug()),
    check("actors_country_code_check", sql`country_code is null or country_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'`),
  ],
);

export const entries = pgTable(
  "entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull().default(""),
    /** First day of the period the date names; `datePrecision` says how much of it is known. */
    date: date("date", { mode: "string" }).notNull(),
    datePrecision: text("date_precision").notNull(),
    dateQualifier: text("date_qualifier"),
    place: text("place"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    originalLanguage: text("original_language").notNull().default("en"),
    translations: jsonb("translations").$type<EntryTranslations>().notNull().default({}),
    details: jsonb("details").$type<EntryDetails>().notNull(),
    /** Recognition entries only: copied out of `details` so the tracker can filter and index them. */
    recognitionAction: text("recognition_action"),
    recognitionLevel: text("recognition_level"),
    /** Quotes from details and sources, kept here so full-text search covers them. */
    searchExtra: text("search_extra").notNull().default(""),
    /**
     * Every name and alias of every actor the entry names, in the three scripts as the actors table holds them.
     * Kept by triggers on entry_actors and actors (migration 0011), in the transaction of the write.
     */
    searchNames: text("search_names").notNull().default(""),
    /**
     * Title (A), summary (B), body, quotes, translations and the actors' names (C), each through `english` and
     * `simple`; and (D) the marked Latin key of every Armenian and Cyrillic word (record_search_keys, migration
     * 0009), so one query finds a name in any of the three scripts. See docs/PUBLIC-SITE.md, "Search".
     */
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('simple', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C') || setweight(to_tsvector('simple', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C') || setweight(to_tsvector('english', coalesce(search_names, '')), 'C') || setweight(to_tsvector('simple', coalesce(search_names, '')), 'C') || setweight(to_tsvector('simple', record_search_keys(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body, '') || ' ' || coalesce(search_extra, '') || ' ' || coalesce(search_names, ''))), 'D')`,
    ),
    status: text("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    correctionNote: text("correction_note"),
    /** Where the sources disagree on a figure: what is disputed and each reading with its source. */
    discrepancies: jsonb("discrepancies").$type<EntryDiscrepancy[]>().notNull().default([]),
    /** Kept in step with the entry's sources by every write (lib/entries/write.ts): the sourcing filters. */
    sourceCount: integer("source_count").notNull().default(0),
    primarySourceCount: integer("primary_source_count").notNull().default(0),
    /** Why a published entry was moved to the trash: shown on its 410 page. */
    removalReason: text("removal_reason"),
    createdById: uuid("created_by_id").references(() => users.id),
    updatedById: uuid("updated_by_id").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Set when a published entry is changed after it was first published. */
    correctedAt: timestamp("corrected_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("entries_slug_key").on(t.slug),
    index("entries_public_date_idx")
      .on(t.date.desc(), t.id.desc())
      .where(sql`status = 'published' and deleted_at is null`),
    index("entries_kind_date_idx").on(t.kind, t.date.desc(), t.id.desc()),
    index("entries_tags_idx").using("gin", t.tags),
    index("entries_search_idx").using("gin", t.search),
    index("entries_recognition_idx").on(t.recognitionAction, t.recognitionLevel),
    index("entries_updated_idx").on(t.updatedAt.desc()),
    index("entries_public_single_source_idx")
      .on(t.date.desc(), t.id.desc())
      .where(sql`status = 'published' and deleted_at is null and source_count = 1`),
    index("entries_public_no_primary_idx")
      .on(t.date.desc(), t.id.desc())
      .where(sql`status = 'published' and deleted_at is null and primary_source_count = 0`),
    check("entries_kind_check", inList("kind", ENTRY_KINDS)),
    check("entries_precision_check", inList("date_precision", DATE_PRECISIONS)),
    check(
      "entries_precision_date_check",
      sql`(date_precision <> 'year' or (extract(month from date) = 1 and extract(day from date) = 1)) and (date_precision <> 'month' or extract(day from date) = 1)`,
    ),
    check("entries_qualifier_check", sql`date_qualifier is null or ${inList("date_qualifier", DATE_QUALIFIERS)}`),
    check("entries_status_check", inList("status", ENTRY_STATUSES)),
    check("entries_language_check", inList("original_language", LANGUAGES)),
    check("entries_slug_check", matchesSlug()),
    check(
      "entries_recognition_check",
      sql`(kind = 'recognition') = (recognition_action is not null and recognition_level is not null)`,
    ),
    check("entries_published_at_check", sql`status <> 'published' or published_at is not null`),
  ],
);

export const entryActors = pgTable(
  "entry_actors",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => actors.id),
    role: text("role").notNull(),
    /** The actor's role or title at the time of the entry, e.g. "Foreign Minister of Armenia". */
    titleAtTime: text("title_at_time"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.actorId, t.role] }),
    index("entry_actors_actor_idx").on(t.actorId, t.entryId),
    check("entry_actors_role_check", inList("role", ACTOR_ROLES)),
  ],
);

export const sources = pgTable(
  "sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    url: text("url"),
    title: text("title").notNull(),
    publisher: text("publisher"),
    author: text("author"),
    publishedOn: text("published_on"),
    accessedOn: date("accessed_on", { mode: "string" }),
    archiveUrl: text("archive_url"),
    language: text("language"),
    quote: text("quote"),
    quoteTranslation: text("quote_translation"),
    /** Who translated the quote (an editor's note, e.g. "the record's editors", "Armenpress"). */
    quoteTranslator: text("quote_translator"),
    locator: text("locator"),
    tier: text("tier").notNull().default("secondary"),
    /** Whether `url` still answers, as last checked. */
    linkStatus: text("link_status").notNull().default("unchecked"),
    linkCheckedAt: timestamp("link_checked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("sources_entry_idx").on(t.entryId, t.position),
    // The link checks walk the cited URLs in order, a batch at a time (lib/archive/jobs.ts).
    index("sources_url_idx").on(t.url),
    check("sources_tier_check", inList("tier", SOURCE_TIERS)),
    check("sources_link_status_check", inList("link_status", LINK_STATUSES)),
    check("sources_url_check", sql`url is null or url ~* '^https?://'`),
    check("sources_archive_url_check", sql`archive_url is null or archive_url ~* '^https?://'`),
  ],
);

export type EntryRow = typeof entries.$inferSelect;
export type ActorRow = typeof actors.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;

/**
 * The public corrections log (/changes): one row per edit an editor marked as a correction of a published entry,
 * with the public fields before and after (never editor names, never draft-only fields).
 */
export const corrections = pgTable(
  "corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    note: text("note").notNull(),
    /** The public fields before and after, as labelled lines (lib/entries/public-diff.ts). */
    before: text("before").notNull(),
    after: text("after").notNull(),
    /** The labels of the public fields that changed, in the order they appear. */
    changedFields: text("changed_fields").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("corrections_created_idx").on(t.createdAt.desc(), t.id.desc()),
    uniqueIndex("corrections_entry_version_key").on(t.entryId, t.version),
  ],
);
export type CorrectionRow = typeof corrections.$inferSelect;
