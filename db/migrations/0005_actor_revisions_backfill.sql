-- Every actor that exists before actor history began gets its first revision: the actor as it stands, in the
-- shape lib/actors/snapshot.ts writes, so its history starts from a known state and can be restored to it.
INSERT INTO "actor_revisions" ("actor_id", "version", "snapshot", "change_note", "created_at")
SELECT a."id", a."version",
  jsonb_build_object(
    'kind', a."kind", 'nameEn', a."name_en", 'nameHy', a."name_hy", 'nameRu', a."name_ru", 'aliases', to_jsonb(a."aliases"),
    'countryCode', a."country_code", 'parentId', a."parent_id", 'wikidataId', a."wikidata_id",
    'existedFrom', a."existed_from", 'existedUntil', a."existed_until", 'description', a."description",
    'public', a."public", 'slug', a."slug", 'positions', a."positions"
  ) || CASE WHEN a."merged_into_id" IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('mergedIntoId', a."merged_into_id") END,
  'Recorded when actor history began', a."updated_at"
FROM "actors" a
WHERE NOT EXISTS (SELECT 1 FROM "actor_revisions" r WHERE r."actor_id" = a."id");
