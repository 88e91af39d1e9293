-- The outbox sender's pick ("the oldest pending mails, by created_at then id", lib/notify/send-outbox.ts)
-- read the (status, created_at) index and sorted each created_at group by id: the
-- mails of one workflow step share their created_at, and a sent mail's old entry stays
-- in that index until vacuum, so under load every pick walked past thousands of them.
-- A partial index of the pending mails in exactly the pick's order answers it with the
-- first rows it finds; nothing else reads the outbox by status.
-- Like every migration here it runs in one transaction, not CONCURRENTLY: workflow
-- steps (which queue their mails in the same statement) wait while the index is built,
-- a few seconds per million mails kept (README, "Upgrading").
DROP INDEX "email_outbox_status_created_at_idx";

CREATE INDEX "email_outbox_pending_idx" ON "email_outbox"("created_at", "id") WHERE status = 'PENDING';

-- A queue table: every row is written twice (queued, sent) within seconds. Vacuumed
-- after every thousand dead rows rather than after a fifth of the table (the default),
-- so that sent mails' index entries do not pile up in front of the pending ones.
ALTER TABLE "email_outbox" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
