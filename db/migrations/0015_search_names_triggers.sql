-- entries.search_names: every name and alias of every actor an entry names (docs/PUBLIC-SITE.md, "Search"),
-- kept by triggers in the transaction of the write, whatever writes (the CMS, merges, the import, the seed):
-- a change of an entry's links (statement triggers: a bulk insert refreshes each entry once) and a change of an
-- actor's names, aliases or deletion refresh the entries concerned. The search column is generated from it.
CREATE OR REPLACE FUNCTION "record_entry_names"(entry uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(concat_ws(' ', a.name_en, a.name_hy, a.name_ru, array_to_string(a.aliases, ' ')), ' ¶ ' ORDER BY a.slug), '')
  FROM (SELECT DISTINCT actor_id FROM entry_actors WHERE entry_id = entry) AS l
  JOIN actors AS a ON a.id = l.actor_id
  WHERE a.deleted_at IS NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "record_entry_names_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE entries AS e SET search_names = n.names
  FROM (SELECT id, "record_entry_names"(id) AS names FROM unnest(ids) AS id) AS n
  WHERE e.id = n.id AND e.search_names IS DISTINCT FROM n.names;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "entry_actors_names_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "record_entry_names_refresh"(ARRAY(SELECT DISTINCT entry_id FROM new_links));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "record_entry_names_refresh"(ARRAY(SELECT DISTINCT entry_id FROM old_links));
  ELSE
    PERFORM "record_entry_names_refresh"(ARRAY(SELECT entry_id FROM new_links UNION SELECT entry_id FROM old_links));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "entry_actors_names_insert" AFTER INSERT ON "entry_actors"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "entry_actors_names_changed"();
--> statement-breakpoint
CREATE TRIGGER "entry_actors_names_update" AFTER UPDATE ON "entry_actors"
  REFERENCING NEW TABLE AS new_links OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "entry_actors_names_changed"();
--> statement-breakpoint
CREATE TRIGGER "entry_actors_names_delete" AFTER DELETE ON "entry_actors"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "entry_actors_names_changed"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "actors_names_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "record_entry_names_refresh"(ARRAY(SELECT DISTINCT entry_id FROM entry_actors WHERE actor_id = NEW.id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "actors_names_update" AFTER UPDATE OF "name_en", "name_hy", "name_ru", "aliases", "deleted_at" ON "actors"
  FOR EACH ROW
  WHEN (OLD.name_en IS DISTINCT FROM NEW.name_en OR OLD.name_hy IS DISTINCT FROM NEW.name_hy
    OR OLD.name_ru IS DISTINCT FROM NEW.name_ru OR OLD.aliases IS DISTINCT FROM NEW.aliases
    OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
  EXECUTE FUNCTION "actors_names_changed"();
--> statement-breakpoint
-- TRUNCATE of entry_actors fires none of the above; every entry then names no actor.
CREATE OR REPLACE FUNCTION "entry_actors_names_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE entries SET search_names = '' WHERE search_names <> '';
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "entry_actors_names_truncate" AFTER TRUNCATE ON "entry_actors"
  FOR EACH STATEMENT EXECUTE FUNCTION "entry_actors_names_truncated"();
--> statement-breakpoint
-- Backfill: the names of every existing entry's actors (the search column follows).
UPDATE entries SET search_names = "record_entry_names"(id) WHERE EXISTS (SELECT 1 FROM entry_actors WHERE entry_id = entries.id);
--> statement-breakpoint
-- The search column was rewritten (0010) and filled again here: fresh planner statistics for it, which the
-- embedded engine (no autovacuum) would otherwise never gather.
ANALYZE entries;
--> statement-breakpoint
ANALYZE actors;
