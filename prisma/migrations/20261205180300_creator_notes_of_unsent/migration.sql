-- Creators were notified of what happened to proposals before they went out: the
-- brand's messages while a proposal waited for review (quoting them), its withdrawal,
-- its expiry. Those matches now answer the creator 404, and what was written before
-- the approval of the others is the brand's and the admins' (match_messages.internal):
-- the notes would show it in the creator's bell. (E-mails already sent cannot be
-- recalled.)
DELETE FROM "notifications" n
 USING "matches" m, "creators" cr
 WHERE n."match_id" = m."id" AND cr."id" = m."creator_id" AND n."user_id" = cr."user_id"
   AND (NOT (m."status" <> 'PENDING' AND m."review_status" IN ('NOT_REQUIRED', 'APPROVED'))
        -- before the approval (its own "new proposal" note is written with it)
        OR (m."review_status" = 'APPROVED' AND n."created_at" < m."reviewed_at"));
