// The sources' archive: a durable queue of fetches, every capture of a cited page (with its WARC records), and
// the health of each cited URL with the history of its changes. Keyed by URL, not by source row: an entry's
// sources are rewritten on every save, and one page cited by several entries is one archive.
import { sql } from "drizzle-orm";
import { bigserial, boolean, check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ARCHIVE_JOB_KINDS, LINK_STATUSES } from "../../lib/constants";
import { inList } from "./columns";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** The work queue: claimed with FOR UPDATE SKIP LOCKED under a lease, so any instance may run it and none twice. */
export const archiveJobs = pgTable(
  "archive_jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** capture: fetch and archive; check: fetch, compare with the last capture, record the link's health. */
    kind: text("kind").notNull(),
    url: text("url").notNull(),
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    /** Set while a worker holds the job; a job whose lease ran out (its worker died) is claimed again. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lockedBy: text("locked_by"),
    lastError: text("last_error"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One pending job per URL and kind: enqueueing again while one waits does nothing.
    uniqueIndex("archive_jobs_pending_key").on(t.kind, t.url).where(sql`done_at is null`),
    index("archive_jobs_due_idx").on(t.runAfter).where(sql`done_at is null`),
    check("archive_jobs_kind_check", inList("kind", ARCHIVE_JOB_KINDS)),
    check("archive_jobs_url_check", sql`url ~* '^https?://'`),
  ],
);

/** One fetch of a cited page, as it answered. */
export const sourceCaptures = pgTable(
  "source_captures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The URL as cited. */
    url: text("url").notNull(),
    /** Where the redirects ended. */
    finalUrl: text("final_url").notNull(),
    httpStatus: integer("http_status").notNull(),
    contentType: text("content_type"),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
    /** SHA-256 of the body as received (hex). */
    sha256: text("sha256").notNull(),
    bodyBytes: integer("body_bytes").notNull(),
    /** The readable text (@mozilla/readability), when the page is HTML and has any. */
    title: text("title"),
    text: text("text"),
    /** The HTML as received, cut at ARCHIVE_HTML_MAX_BYTES (html_truncated says so). */
    html: text("html"),
    htmlTruncated: boolean("html_truncated").notNull().default(false),
    /** The request and response records, each its own gzip member (a .warc.gz without its warcinfo). */
    warc: bytea("warc").notNull(),
  },
  (t) => [index("source_captures_url_idx").on(t.url, t.fetchedAt.desc())],
);

/** The health of each cited URL, as last checked. */
export const sourceLinks = pgTable(
  "source_links",
  {
    url: text("url").primaryKey(),
    status: text("status").notNull().default("unchecked"),
    /** When the status last changed. */
    statusSince: timestamp("status_since", { withTimezone: true }).notNull().defaultNow(),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
    finalUrl: text("final_url"),
    httpStatus: integer("http_status"),
    /** Why the last check failed (a refused address, a timeout, an HTTP status). */
    detail: text("detail"),
  },
  (t) => [index("source_links_status_idx").on(t.status), check("source_links_status_check", inList("status", LINK_STATUSES))],
);

/** Every change of a URL's status, with its date. */
export const sourceLinkEvents = pgTable(
  "source_link_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    url: text("url").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    detail: text("detail"),
  },
  (t) => [index("source_link_events_url_idx").on(t.url, t.at.desc()), check("source_link_events_status_check", inList("to_status", LINK_STATUSES))],
);

export type SourceCaptureRow = typeof sourceCaptures.$inferSelect;
