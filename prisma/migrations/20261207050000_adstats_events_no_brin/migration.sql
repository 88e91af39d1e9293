-- adstats_events without its BRIN index (20261205100000): the day partitions already
-- narrow every time-range read to whole days, and what only the index served, the
-- recount of a batch an earlier run partly stored (rollup-upserts.ts UPSERT_FROM_EVENTS:
-- an hour range and segment ids), is a rare recovery path that can scan its one or two
-- days. Keeping it up to date cost ~0.3 s of Postgres CPU per 2M imported rows, 6 % of
-- the import (issue 11's speed).
DROP INDEX IF EXISTS "adstats_events_event_hour_segment_id_idx";
