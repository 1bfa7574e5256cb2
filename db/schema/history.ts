// What happened to the record: revisions of entries and actors, the audit log, applied entry forms, and the
// generation every committed change raises.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { actors, entries } from "./record";

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

export type RevisionRow = typeof revisions.$inferSelect;
export type ActorRevisionRow = typeof actorRevisions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
