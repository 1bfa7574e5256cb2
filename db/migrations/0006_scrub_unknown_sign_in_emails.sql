-- Failed sign-ins for emails that named no account used to keep the text typed, which may be a password typed
-- into the wrong field. The text goes; the app now keeps only a keyed hash (lib/auth/sign-in-outcome.ts).
UPDATE "audit_log" SET "details" = ("details" - 'email') || '{"emailRemoved": true}'::jsonb
  WHERE "action" IN ('user.sign_in_failed', 'user.sign_in_locked') AND "user_id" IS NULL AND "details" ? 'email';
--> statement-breakpoint
-- The throttle's keys held emails as typed; their new keys hold keyed hashes, so these counts are of no further use.
DELETE FROM "sign_in_throttle" WHERE "key" LIKE 'pair:%' OR "key" LIKE 'account:%';
