CREATE TABLE "archive_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archive_jobs_kind_check" CHECK (kind in ('capture', 'check')),
	CONSTRAINT "archive_jobs_url_check" CHECK (url ~* '^https?://')
);
--> statement-breakpoint
CREATE TABLE "source_captures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"final_url" text NOT NULL,
	"http_status" integer NOT NULL,
	"content_type" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sha256" text NOT NULL,
	"body_bytes" integer NOT NULL,
	"title" text,
	"text" text,
	"html" text,
	"html_truncated" boolean DEFAULT false NOT NULL,
	"warc" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_link_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" text,
	CONSTRAINT "source_link_events_status_check" CHECK (to_status in ('unchecked', 'live', 'moved', 'changed', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "source_links" (
	"url" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'unchecked' NOT NULL,
	"status_since" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone,
	"final_url" text,
	"http_status" integer,
	"detail" text,
	CONSTRAINT "source_links_status_check" CHECK (status in ('unchecked', 'live', 'moved', 'changed', 'dead'))
);
--> statement-breakpoint
ALTER TABLE "sources" DROP CONSTRAINT "sources_link_status_check";--> statement-breakpoint
-- "alive" (recorded before link checks existed) is "live" now.
UPDATE "sources" SET "link_status" = 'live' WHERE "link_status" = 'alive';--> statement-breakpoint
CREATE UNIQUE INDEX "archive_jobs_pending_key" ON "archive_jobs" USING btree ("kind","url") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "archive_jobs_due_idx" ON "archive_jobs" USING btree ("run_after") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "source_captures_url_idx" ON "source_captures" USING btree ("url","fetched_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "source_link_events_url_idx" ON "source_link_events" USING btree ("url","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "source_links_status_idx" ON "source_links" USING btree ("status");--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_link_status_check" CHECK (link_status in ('unchecked', 'live', 'moved', 'changed', 'dead'));