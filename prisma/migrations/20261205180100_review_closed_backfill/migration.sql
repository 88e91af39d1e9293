-- The matches that closed while waiting for review (the new value is usable only once
-- the migration that adds it has committed, hence a migration of its own).
UPDATE "matches" SET "review_status" = 'CLOSED', "updated_at" = now()
 WHERE "review_status" = 'PENDING' AND "status" <> 'PENDING';
