// train:ctr against a real Postgres: it learns from the imported days asked for, holds
// out the last one, beats the constant-CTR baseline, and stores the model; a day's
// COPY that stays open longer than the pool's statement timeout (the model learns
// while the rows stream) still finishes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { ingestAvazu } from "../ingest/ingest.ts";
import { chunked, generatedText, independentCount } from "../generator/test-helpers.ts";
import { trainCtrModel } from "./train-ctr.ts";

// A pool whose statements may run 100 ms: a day here streams 40,000 rows (7 MB, more
// than the sockets between hold) to a model that learns them in about half a second.
const impatient = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  statement_timeout: 100,
  max: 2,
});

afterAll(async () => {
  await impatient.end();
  await pool.end();
});

describe("trainCtrModel", () => {
  // 2039: a year no other test file imports, so the days are this test's own
  const text = generatedText({ rows: 120_000, seed: 21, start: "2039-03-01", days: 3 });
  const truth = independentCount(text);

  beforeAll(async () => {
    const imported = await ingestAvazu(pool, chunked(text), { source: "t-2039.csv" });
    expect(imported.rowsStored).toBe(120_000);
  });

  it("learns from the days asked for, holds out the last and beats the baseline", async () => {
    const r = await trainCtrModel(impatient, { bits: 18, from: "2039-03-01", to: "2039-03-03" });

    // every row of the three days, and none of the other test files' years
    expect(r.trainRows + r.holdoutRows).toBe(truth.valid);
    expect(r.holdout).toBe("last day");
    expect(r.holdoutFrom).toBe("2039-03-03T00:00:00.000Z");
    const lastDay = text.split("\n").filter((l) => /^[^,]+,[01],390303/.test(l)).length;
    expect(r.holdoutRows).toBe(lastDay);
    expect(r.baselineCtr).toBeGreaterThan(0.1);
    expect(r.baselineCtr).toBeLessThan(0.3);
    expect(r.logloss).toBeLessThan(r.baselineLogloss - 0.005);
    expect(r.auc).toBeGreaterThan(0.58);

    const { rows } = await pool.query<{ bits: number; trained_on: number; size: number }>(
      `SELECT bits, trained_on::int, octet_length(weights) AS size FROM adstats_ctr_models WHERE id = $1`,
      [r.modelId],
    );
    expect(rows).toEqual([{ bits: 18, trained_on: r.trainRows, size: 4 * 2 ** 18 }]);
  });

  it("holds out the last hour of a single day, and refuses a range with no events", async () => {
    const r = await trainCtrModel(impatient, { bits: 16, from: "2039-03-02", to: "2039-03-02" });
    expect(r.holdout).toBe("last hour");
    expect(r.holdoutFrom).toBe("2039-03-02T23:00:00.000Z");
    expect(r.trainRows + r.holdoutRows).toBe(
      text.split("\n").filter((l) => /^[^,]+,[01],390302/.test(l)).length,
    );

    await expect(
      trainCtrModel(impatient, { from: "2040-01-01", to: "2040-01-31" }),
    ).rejects.toThrow(/at least two hours/);
  });
});
