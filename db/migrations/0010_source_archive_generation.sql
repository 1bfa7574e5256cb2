-- The archive's captures show on public entry pages ("archived copy (fetched …)") and at /archive/…: their
-- writes raise the record generation like the record's own tables (0008), so cached pages refresh on every
-- instance. A link's health reaches the public through sources.link_status (already under its trigger); the
-- job queue, source_links and the status history are the editors' and raise nothing.
CREATE CONSTRAINT TRIGGER "source_captures_record_generation" AFTER INSERT OR UPDATE OR DELETE ON "source_captures"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
CREATE TRIGGER "source_captures_record_generation_truncate" AFTER TRUNCATE ON "source_captures"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_generation_raise"();
--> statement-breakpoint
-- Every source cited so far gets its first capture once a server runs (the worker takes them one by one,
-- politely, spread 15 s apart so they never crowd out a new citation); new citations are queued by the save that
-- adds them.
INSERT INTO "archive_jobs" ("kind", "url", "run_after")
  SELECT 'capture', "url", now() + (row_number() OVER (ORDER BY "url")) * interval '15 seconds'
  FROM (SELECT DISTINCT "url" FROM "sources" WHERE "url" IS NOT NULL AND "url" ~* '^https?://') AS cited
  ON CONFLICT DO NOTHING;
