// The record's tables. Enumerations live in lib/constants.ts so forms, seeds and the database agree.
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
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
  SLUG_PATTERN,
  SOURCE_TIERS,
  USER_ROLES,
} from "../lib/constants";
import type {
  ActorPosition,
  EntryDetails,
  EntryTranslations,
} from "@/lib/domain";

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** `column in ('a', 'b')` from one of lib/constants.ts's lists (plain words: nothing to escape). */
function inList(column: string, values: readonly string[]): SQL {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
}

function matchesSlug(): SQL {
  return sql.raw(`slug ~ '${SLUG_PATTERN}'`);
}

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Bumped on password change or disable: sessions carrying an older value end. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** The TOTP key, sealed with a key derived from AUTH_SECRET (lib/auth/secret-box.ts); set once confirmed. */
    totpSecret: text("totp_secret"),
    /** A key shown for enrolment but not confirmed with a code yet. */
    totpPendingSecret: text("totp_pending_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The time step of the last code accepted: a code is never accepted twice. */
    totpLastStep: integer("totp_last_step"),
    /** Set by an admin: this editor must use two-factor sign-in (admins always must). */
    totpRequired: boolean("totp_required").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", inList("role", USER_ROLES)),
  ],
);

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
    ...timestamps,
  },
  (t) => [
    uniqueIndex("actors_slug_key").on(t.slug),
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
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('simple', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C') || setweight(to_tsvector('simple', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C')`,
    ),
    status: text("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    correctionNote: text("correction_note"),
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
    locator: text("locator"),
    tier: text("tier").notNull().default("secondary"),
    /** Whether `url` still answers, as last checked. */
    linkStatus: text("link_status").notNull().default("unchecked"),
    linkCheckedAt: timestamp("link_checked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("sources_entry_idx").on(t.entryId, t.position),
    check("sources_tier_check", inList("tier", SOURCE_TIERS)),
    check("sources_link_status_check", inList("link_status", LINK_STATUSES)),
    check("sources_url_check", sql`url is null or url ~* '^https?://'`),
    check("sources_archive_url_check", sql`archive_url is null or archive_url ~* '^https?://'`),
  ],
);

export const revisions = pgTable(
  "revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The entry as saved: fields, actors and sources (see lib/entries/snapshot.ts). */
    snapshot: jsonb("snapshot").notNull(),
    changeNote: text("change_note"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("revisions_entry_version_key").on(t.entryId, t.version)],
);

export const actorRevisions = pgTable(
  "actor_revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The actor as saved, in the shape of the write input (see lib/actors/snapshot.ts). */
    snapshot: jsonb("snapshot").notNull(),
    changeNote: text("change_note"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("actor_revisions_actor_version_key").on(t.actorId, t.version)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    userId: uuid("user_id").references(() => users.id),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
  },
  (t) => [index("audit_log_at_idx").on(t.at.desc()), index("audit_log_user_idx").on(t.userId)],
);

/**
 * One row per submitted entry form (its idempotency key, unique per form render): a second submission of the
 * same form — a double-click on Publish, a retried request — finds its key here and gets the first result back.
 */
export const entrySubmissions = pgTable(
  "entry_submissions",
  {
    key: uuid("key").primaryKey(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    /** The entry's version after the submission was applied. */
    version: integer("version").notNull(),
    userId: uuid("user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("entry_submissions_created_idx").on(t.createdAt)],
);

/**
 * Failed sign-ins per key ("pair:email|ip", "account:email", "ip:addr"), shared by every app instance: a fixed
 * window of counted failures and, once the limit is reached, a block until `blocked_until`.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

/**
 * One row per signed-in session (its id is in the session cookie): the guards check its age, idle time and
 * whether it was ended (sign-out, disable, password change) on every request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    ip: text("ip"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_created_idx").on(t.createdAt)],
);

/** One-time recovery codes for two-factor sign-in, stored as SHA-256 hashes (the codes are random, 50 bits). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * A sign-in half done: the password was right and the second factor is awaited. The browser holds the token,
 * the table its SHA-256; it lasts five minutes and five tries.
 */
export const signInChallenges = pgTable("sign_in_challenges", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  attempts: integer("attempts").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Small key/value store for installation state (setup token, generated secrets). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row: the record's generation, raised by triggers (custom migration `record_generation`) in the same
 * transaction as every write to a table the public output reads, whichever process writes. Each raise is
 * announced with NOTIFY record_changed, which PostgreSQL delivers on commit: every app instance flushes its caches.
 */
export const recordState = pgTable(
  "record_state",
  {
    id: integer("id").primaryKey().default(1),
    generation: bigint("generation", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("record_state_one_row_check", sql`${t.id} = 1`)],
);

export type EntryRow = typeof entries.$inferSelect;
export type ActorRow = typeof actors.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;
export type ActorRevisionRow = typeof actorRevisions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
