CREATE TABLE "actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_hy" text,
	"name_ru" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"country_code" text,
	"parent_id" uuid,
	"wikidata_id" text,
	"existed_from" text,
	"existed_until" text,
	"description" text,
	"positions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merged_into_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK (kind in ('state', 'subnational', 'city', 'organisation', 'person')),
	CONSTRAINT "actors_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "actors_country_code_check" CHECK (country_code is null or country_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$')
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"date_precision" text NOT NULL,
	"date_qualifier" text,
	"place" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"original_language" text DEFAULT 'en' NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"details" jsonb NOT NULL,
	"recognition_action" text,
	"recognition_level" text,
	"search_extra" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('simple', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C') || setweight(to_tsvector('simple', coalesce(body, '') || ' ' || coalesce(search_extra, '')), 'C')) STORED,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"correction_note" text,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"published_at" timestamp with time zone,
	"corrected_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_kind_check" CHECK (kind in ('statement', 'meeting', 'recognition')),
	CONSTRAINT "entries_precision_check" CHECK (date_precision in ('day', 'month', 'year')),
	CONSTRAINT "entries_precision_date_check" CHECK ((date_precision <> 'year' or (extract(month from date) = 1 and extract(day from date) = 1)) and (date_precision <> 'month' or extract(day from date) = 1)),
	CONSTRAINT "entries_qualifier_check" CHECK (date_qualifier is null or date_qualifier in ('before', 'by', 'circa')),
	CONSTRAINT "entries_status_check" CHECK (status in ('draft', 'published')),
	CONSTRAINT "entries_language_check" CHECK (original_language in ('en', 'hy', 'ru')),
	CONSTRAINT "entries_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "entries_recognition_check" CHECK ((kind = 'recognition') = (recognition_action is not null and recognition_level is not null)),
	CONSTRAINT "entries_published_at_check" CHECK (status <> 'published' or published_at is not null)
);
--> statement-breakpoint
CREATE TABLE "entry_actors" (
	"entry_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title_at_time" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "entry_actors_entry_id_actor_id_role_pk" PRIMARY KEY("entry_id","actor_id","role"),
	CONSTRAINT "entry_actors_role_check" CHECK (role in ('speaker', 'issuing_body', 'participant', 'host', 'acting_body', 'subject', 'mentioned'))
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"change_note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"url" text,
	"title" text NOT NULL,
	"publisher" text,
	"author" text,
	"published_on" text,
	"accessed_on" date,
	"archive_url" text,
	"language" text,
	"quote" text,
	"quote_translation" text,
	"locator" text,
	"tier" text DEFAULT 'secondary' NOT NULL,
	"link_status" text DEFAULT 'unchecked' NOT NULL,
	"link_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_tier_check" CHECK (tier in ('primary', 'secondary', 'advocacy')),
	CONSTRAINT "sources_link_status_check" CHECK (link_status in ('unchecked', 'alive', 'dead')),
	CONSTRAINT "sources_url_check" CHECK (url is null or url ~* '^https?://'),
	CONSTRAINT "sources_archive_url_check" CHECK (archive_url is null or archive_url ~* '^https?://')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK (role in ('editor', 'admin'))
);
--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_parent_id_actors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_merged_into_id_actors_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_actors" ADD CONSTRAINT "entry_actors_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_actors" ADD CONSTRAINT "entry_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "actors_slug_key" ON "actors" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "actors_parent_idx" ON "actors" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "actors_country_idx" ON "actors" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entries_slug_key" ON "entries" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "entries_public_date_idx" ON "entries" USING btree ("date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'published' and deleted_at is null;--> statement-breakpoint
CREATE INDEX "entries_kind_date_idx" ON "entries" USING btree ("kind","date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entries_tags_idx" ON "entries" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "entries_search_idx" ON "entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "entries_recognition_idx" ON "entries" USING btree ("recognition_action","recognition_level");--> statement-breakpoint
CREATE INDEX "entries_updated_idx" ON "entries" USING btree ("updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entry_actors_actor_idx" ON "entry_actors" USING btree ("actor_id","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revisions_entry_version_key" ON "revisions" USING btree ("entry_id","version");--> statement-breakpoint
CREATE INDEX "sources_entry_idx" ON "sources" USING btree ("entry_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));