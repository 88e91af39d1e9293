// train:ctr — fits the hashed logistic regression (ftrl.ts) on the imported events in
// time order and evaluates it on a time-based holdout: the last day when the data
// span two days or more, else the last hour. Rows stream out of Postgres with COPY,
// so memory holds the weights and the holdout's predictions, not the data. The
// baseline is the constant CTR of the training rows.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { AVAZU_COLUMNS, eventColumnSql } from "../columns.ts";
import { featureIndices, FEATURES_PER_ROW, type CtrInput } from "./ctr-features.ts";
import { DEFAULT_FTRL, Ftrl, type FtrlParams } from "./ftrl.ts";
import { auc, logLoss } from "./metrics.ts";

export type TrainOptions = {
  bits?: number;
  epochs?: number;
  /** Whole UTC days (YYYY-MM-DD, both included) to learn and hold out from; all by default. */
  from?: string;
  to?: string;
  params?: Partial<FtrlParams>;
  onProgress?: (rows: number) => void;
};

export type CtrMetrics = {
  trainRows: number;
  holdoutRows: number;
  holdout: string;
  holdoutFrom: string;
  logloss: number;
  auc: number;
  baselineLogloss: number;
  baselineAuc: number;
  baselineCtr: number;
};

const COLUMNS = [
  "to_char(event_hour AT TIME ZONE 'UTC', 'YYMMDDHH24')",
  "click",
  ...AVAZU_COLUMNS.slice(3).map(eventColumnSql),
].join(", ");
// the COPY output order of COLUMNS: the hour, the click, then the columns after `hour`
const NAMES = ["hour", "click", ...AVAZU_COLUMNS.slice(3)];

const DAY_MS = 86_400_000;
/** How long one day's COPY may stay open while the model learns from it. */
const TRAIN_STATEMENT_TIMEOUT = "1h";

/**
 * The events of `days` (UTC midnights, ascending) in time order: each query reads one
 * day's partition and sorts it alone (adstats_events has no b-tree on its hour,
 * migration 20261205100000; one ORDER BY over the whole table would sort every row at
 * once, on disk).
 */
async function* eventRows(
  client: pg.PoolClient,
  days: readonly Date[],
): AsyncGenerator<{ row: CtrInput; click: number; epoch: number }> {
  for (const day of days) {
    const from = day.toISOString();
    const to = new Date(day.getTime() + DAY_MS).toISOString();
    yield* dayRows(
      client,
      `COPY (SELECT extract(epoch FROM event_hour)::bigint, ${COLUMNS} FROM adstats_events
              WHERE event_hour >= '${from}' AND event_hour < '${to}' ORDER BY event_hour) TO STDOUT`,
    );
  }
}

async function* dayRows(
  client: pg.PoolClient,
  sql: string,
): AsyncGenerator<{ row: CtrInput; click: number; epoch: number }> {
  const stream = client.query(copyTo(sql));
  let pending = "";
  for await (const chunk of stream) {
    const text = pending + (chunk as Buffer).toString("utf8");
    const lines = text.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const f = line.split("\t");
      const row = {} as Record<string, string>;
      for (let i = 0; i < NAMES.length; i++) row[NAMES[i]] = f[i + 1];
      yield { row: row as unknown as CtrInput, click: Number(f[2]), epoch: Number(f[0]) };
    }
  }
}

export async function trainCtrModel(pool: pg.Pool, options: TrainOptions = {}) {
  const client = await pool.connect();
  try {
    // A day's COPY stays open while the model learns from its rows (they stream under
    // backpressure): minutes for a day of the full Avazu log, where the pool's
    // statement timeout is set for a request's statements. The training runs on this
    // one connection, closed afterwards, so the setting never reaches another caller.
    await client.query(`SET statement_timeout = '${TRAIN_STATEMENT_TIMEOUT}'`);
    return await trainOn(client, options);
  } finally {
    client.release(true);
  }
}

async function trainOn(client: pg.PoolClient, options: TrainOptions) {
  const bits = options.bits ?? 20;
  const epochs = options.epochs ?? 1;
  const range = [options.from, options.to].map((d) =>
    d === undefined ? null : new Date(`${d}T00:00:00Z`),
  );
  if (range.some((d) => d !== null && Number.isNaN(d.getTime())))
    throw new Error("train:ctr: --from and --to are days as YYYY-MM-DD");
  if (range[0] && range[1] && range[0] > range[1])
    throw new Error("train:ctr: --from is after --to");
  // the hours that hold events, from the hourly totals (not every calendar day between
  // the first and the last: logs of two years would mean hundreds of empty scans)
  const { rows: hourly } = await client.query<{ hour: Date }>(
    `SELECT hour FROM adstats_hourly_totals
      WHERE impressions > 0
        AND ($1::timestamptz IS NULL OR hour >= $1)
        AND ($2::timestamptz IS NULL OR hour < $2::timestamptz + interval '24 hours')
      ORDER BY hour`,
    range,
  );
  if (hourly.length < 2)
    throw new Error("train:ctr needs imported events spanning at least two hours");
  const days = [...new Set(hourly.map((h) => h.hour.getTime() - (h.hour.getTime() % DAY_MS)))].map(
    (ms) => new Date(ms),
  );
  const lastMs = hourly[hourly.length - 1].hour.getTime();
  const holdoutFromMs = days.length >= 2 ? lastMs - (lastMs % DAY_MS) : lastMs;
  const holdoutFrom = holdoutFromMs / 1000;
  const params = { ...DEFAULT_FTRL, ...options.params };
  const model = new Ftrl(bits, params);
  const idx = new Uint32Array(FEATURES_PER_ROW + 1);
  let trainRows = 0;
  let trainClicks = 0;
  const labels: number[] = [];
  const preds: number[] = [];
  let streamed = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lastEpoch = epoch === epochs - 1;
    for await (const { row, click, epoch: t } of eventRows(client, days)) {
      const n = featureIndices(row, bits, idx);
      if (t < holdoutFrom) {
        model.learn(idx, n, click);
        if (lastEpoch) {
          trainRows++;
          trainClicks += click;
        }
      } else if (lastEpoch) {
        labels.push(click);
        preds.push(model.predict(idx, n));
      }
      if (++streamed % 100_000 === 0) options.onProgress?.(streamed);
    }
  }
  if (trainRows === 0 || labels.length === 0)
    throw new Error("train:ctr: empty training set or holdout");
  const baselineCtr = trainClicks / trainRows;
  const metrics: CtrMetrics = {
    trainRows,
    holdoutRows: labels.length,
    holdout: days.length >= 2 ? "last day" : "last hour",
    holdoutFrom: new Date(holdoutFromMs).toISOString(),
    logloss: logLoss(labels, preds),
    auc: auc(labels, preds),
    baselineLogloss: logLoss(
      labels,
      labels.map(() => baselineCtr),
    ),
    baselineAuc: 0.5,
    baselineCtr,
  };
  const weights = model.weights();
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO adstats_ctr_models (id, bits, weights, metrics, trained_on)
     VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
    [
      bits,
      Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
      JSON.stringify(metrics),
      trainRows,
    ],
  );
  return { modelId: rows[0].id, bits, epochs, params, ...metrics };
}
