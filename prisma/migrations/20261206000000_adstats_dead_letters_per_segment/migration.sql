-- A dead letter is kept once per claimed segment, as the segment's events are: a
-- re-import of the same rows claims nothing and so writes no dead letter twice. The key
-- (source, line_no) also merged dead letters of different inputs under one name (two
-- stdin imports, train.csv from two folders): the second was dropped without a trace.
-- Rows get a surrogate id; (source, line_no) stays an index for reading.
ALTER TABLE "adstats_dead_letters" DROP CONSTRAINT "adstats_dead_letters_pkey";
ALTER TABLE "adstats_dead_letters" ADD COLUMN "id" BIGSERIAL NOT NULL;
ALTER TABLE "adstats_dead_letters" ADD CONSTRAINT "adstats_dead_letters_pkey" PRIMARY KEY ("id");
CREATE INDEX "adstats_dead_letters_source_line_no_idx" ON "adstats_dead_letters"("source", "line_no");
