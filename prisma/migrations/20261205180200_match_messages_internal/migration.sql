-- What the brand and the admins wrote on a proposal while it waited for review (the
-- brand's questions, the admin's note with the approval) is theirs: once an admin
-- approves, the creator reads the thread, and must not read that part of it.
ALTER TABLE "match_messages" ADD COLUMN "internal" BOOLEAN NOT NULL DEFAULT false;

-- Messages written before the match went out, other than the proposal itself and what
-- the creator wrote (until now a creator could write on such a match): all of them on
-- a match that never went out; on an approved one, those up to the approval (its note
-- is written by the same statement, within milliseconds of the step).
UPDATE "match_messages" mm
   SET "internal" = true
  FROM "matches" m JOIN "creators" cr ON cr."id" = m."creator_id"
 WHERE m."id" = mm."match_id"
   AND mm."kind" <> 'PROPOSAL'
   AND mm."sender_id" IS DISTINCT FROM cr."user_id"
   AND (NOT (m."status" <> 'PENDING' AND m."review_status" IN ('NOT_REQUIRED', 'APPROVED'))
        OR (m."review_status" = 'APPROVED'
            AND mm."created_at" <= COALESCE(
                  (SELECT min(h."created_at") FROM "match_status_changes" h
                    WHERE h."match_id" = m."id" AND h."from_status" = 'PENDING'
                      AND h."to_status" = 'CONTACTED'),
                  m."reviewed_at") + interval '1 second'));
