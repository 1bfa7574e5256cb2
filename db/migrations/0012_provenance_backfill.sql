-- Source counts on the entry row (kept in step by every write since): the sourcing filters read them through
-- partial indexes instead of counting sources per entry.
UPDATE "entries" SET
  "source_count" = (SELECT count(*) FROM "sources" WHERE "sources"."entry_id" = "entries"."id"),
  "primary_source_count" = (SELECT count(*) FROM "sources" WHERE "sources"."entry_id" = "entries"."id" AND "sources"."tier" = 'primary');
--> statement-breakpoint
-- The corrections log is public output (/changes, /changes.xml): it raises the record generation like the
-- other record tables (0008).
CREATE CONSTRAINT TRIGGER "corrections_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "corrections"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "corrections_record_generation_truncate" AFTER TRUNCATE ON "corrections"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
