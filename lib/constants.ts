// The record's enumerations, in one module without imports: the database's check constraints (db/schema/),
// the zod schemas (lib/domain.ts), the forms and the public labels all read the same lists.

export const ENTRY_KINDS = ["statement", "meeting", "recognition"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How a date is known. "undated": the sources give no date for the fact; the stored date is then only the bound
 * the reporting source's own date gives ("written no earlier than"), used for order and as-of filtering, never
 * shown or counted as the fact's date (docs/PROVENANCE.md, "Undated entries").
 */
export const DATE_QUALIFIERS = ["before", "by", "circa", "undated"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export const ENTRY_STATUSES = ["draft", "published"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const LANGUAGES = ["en", "hy", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

export const ACTOR_KINDS = ["state", "subnational", "city", "organisation", "person"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_ROLES = [
  "speaker",
  "issuing_body",
  "participant",
  "host",
  "acting_body",
  "subject",
  "mentioned",
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const STATEMENT_FORMS = [
  "press_release",
  "interview",
  "speech",
  "press_conference",
  "declaration",
  "statement",
] as const;

export const MEETING_FORMATS = ["bilateral", "multilateral", "visit", "phone_call", "forum"] as const;

export const RECOGNITION_ACTIONS = [
  "recognizes_independence",
  "mutual_recognition",
  "calls_for_recognition",
  "supports_self_determination",
  "rejects_recognition",
  "affirms_azerbaijan_territorial_integrity",
  "friendship_or_twinning",
  "representative_office",
] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

export const RECOGNITION_LEVELS = ["national", "subnational", "municipal", "party"] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export const STAGE_KINDS = ["committee", "floor", "second_chamber", "signature", "other"] as const;

export const SOURCE_TIERS = ["primary", "secondary", "advocacy"] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** How well an entry is sourced, as the public filter `sourcing` names it. */
export const SOURCING_FILTERS = ["single", "no-primary"] as const;
export type SourcingFilter = (typeof SOURCING_FILTERS)[number];

/**
 * A source's URL as last checked: live (answers, same page), moved (answers from another address after
 * redirects), changed (answers, but the body differs from the last capture), dead (an error status, refused or
 * unreachable). "alive" was the word before link checks existed; imports still read it as live.
 */
export const LINK_STATUSES = ["unchecked", "live", "moved", "changed", "dead"] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** The archive's queued work: a capture on save, a health check on schedule or on request. */
export const ARCHIVE_JOB_KINDS = ["capture", "check"] as const;
export type ArchiveJobKind = (typeof ARCHIVE_JOB_KINDS)[number];

/** The two roles: editors write the record, admins also manage users. */
export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Lowercase letters and digits in words joined by single hyphens: entry and actor slugs. */
export const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
