CREATE TABLE "corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"note" text NOT NULL,
	"before" text NOT NULL,
	"after" text NOT NULL,
	"changed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_qualifier_check";--> statement-breakpoint
ALTER TABLE "entries" ADD COLUMN "discrepancies" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "entries" ADD COLUMN "source_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entries" ADD COLUMN "primary_source_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entries" ADD COLUMN "removal_reason" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "quote_translator" text;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "corrections_created_idx" ON "corrections" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "corrections_entry_version_key" ON "corrections" USING btree ("entry_id","version");--> statement-breakpoint
CREATE INDEX "entries_public_single_source_idx" ON "entries" USING btree ("date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'published' and deleted_at is null and source_count = 1;--> statement-breakpoint
CREATE INDEX "entries_public_no_primary_idx" ON "entries" USING btree ("date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'published' and deleted_at is null and primary_source_count = 0;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_qualifier_check" CHECK (date_qualifier is null or date_qualifier in ('before', 'by', 'circa', 'undated'));