-- The matches that closed while waiting for review (the new value is usable only once
-- the migration that adds it has committed, hence a migration of its own).
UPDATE "matches" SET "review_status" = 'CLOSED', "updated_at" = now()
 WHERE "review_status" = 'PENDING' AND "status" <> 'PENDING';

-- Creators were notified of proposals that never went out to them (the brand's
-- messages while it waited for review, its withdrawal, its expiry); the match page
-- now answers them 404, so the notes would lead nowhere.
DELETE FROM "notifications" n
 USING "matches" m, "creators" cr
 WHERE n."match_id" = m."id" AND cr."id" = m."creator_id" AND n."user_id" = cr."user_id"
   AND NOT (m."status" <> 'PENDING' AND m."review_status" IN ('NOT_REQUIRED', 'APPROVED'));
