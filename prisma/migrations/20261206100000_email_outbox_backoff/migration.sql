-- A failed e-mail waits before its next attempt (doubling each time), so that the
-- minutely sweep and the queue's retries do not spend all of a mail's attempts within
-- a minute of an SMTP outage.
ALTER TABLE "email_outbox" ADD COLUMN "next_attempt_at" TIMESTAMPTZ(3);
