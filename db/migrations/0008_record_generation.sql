-- The record generation (docs/ARCHITECTURE.md, "Several instances"): every transaction that writes a table the
-- public output reads raises record_state.generation once and announces the new value with
-- NOTIFY record_changed, which PostgreSQL delivers on commit only. The triggers are deferred to commit, so the
-- row lock on record_state is taken last and held for an instant: writers never wait on it while holding other
-- locks (no deadlock), and generations follow commit order.
INSERT INTO "record_state" ("id", "generation") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "record_generation_raise"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised bigint;
BEGIN
  -- Once per transaction: set_config(…, true) lasts until the transaction ends.
  IF current_setting('record.generation_raised', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('record.generation_raised', 'on', true);
  UPDATE "record_state" SET "generation" = "generation" + 1 WHERE "id" = 1 RETURNING "generation" INTO raised;
  PERFORM pg_notify('record_changed', raised::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "entries_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "entries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "entry_actors_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "entry_actors"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "sources_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "sources"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "actors_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "actors"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
-- Feeds and the API name the editor who created an entry: only a changed name (or a removed user) matters.
CREATE CONSTRAINT TRIGGER "users_record_generation" AFTER UPDATE OF "name" OR DELETE ON "users"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
-- TRUNCATE fires no row triggers.
CREATE TRIGGER "entries_record_generation_truncate" AFTER TRUNCATE ON "entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "entry_actors_record_generation_truncate" AFTER TRUNCATE ON "entry_actors"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "sources_record_generation_truncate" AFTER TRUNCATE ON "sources"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "actors_record_generation_truncate" AFTER TRUNCATE ON "actors"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "users_record_generation_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
