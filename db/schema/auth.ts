// Who may write the record and how they sign in: users, their sessions, two-factor codes, the sign-in
// throttle and challenges, and the installation's settings (the first-run setup token).
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { LANGUAGES, USER_ROLES } from "../../lib/constants";
import { inList, timestamps } from "./columns";

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
    /** The language of this user's editorial system and sign-in pages (never of the public record's pages). */
    locale: text("locale").notNull().default("en"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", inList("role", USER_ROLES)),
    check("users_locale_check", inList("locale", LANGUAGES)),
  ],
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

export type UserRow = typeof users.$inferSelect;
