// train:ctr — fits the hashed logistic regression (ftrl.ts) on the imported events in
// time order and evaluates it on a time-based holdout: the last day when the data
// span two days or more, else the last hour. Rows stream out of Postgres with COPY,
// so memory holds the weights and the holdout's predictions, not the data. The
// baseline is the constant CTR of the training rows.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { AVAZU_COLUMNS } from "../columns.ts";
import { featureIndices, FEATURES_PER_ROW, type CtrInput } from "./ctr-features.ts";
import { DEFAULT_FTRL, Ftrl, type FtrlParams } from "./ftrl.ts";
import { auc, logLoss } from "./metrics.ts";

export type TrainOptions = {
  bits?: number;
  epochs?: number;
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

const COLUMNS =
  "to_char(event_hour AT TIME ZONE 'UTC', 'YYMMDDHH24'), click, c1, banner_pos, site_id, site_domain, site_category, app_id, app_domain, app_category, device_id, device_ip, device_model, device_type, device_conn_type, c14, c15, c16, c17, c18, c19, c20, c21";
// the COPY output order of COLUMNS: the hour, the click, then the columns after `hour`
const NAMES = ["hour", "click", ...AVAZU_COLUMNS.slice(3)];

const DAY_MS = 86_400_000;

/**
 * The events in time order, a UTC day at a time from `firstMs` to `lastMs`: each
 * query reads one day's partition and sorts it alone (adstats_events has no b-tree on
 * its hour, migration 20261205100000; one ORDER BY over the whole table would sort
 * every row at once, on disk).
 */
async function* eventRows(
  client: pg.PoolClient,
  firstMs: number,
  lastMs: number,
): AsyncGenerator<{ row: CtrInput; click: number; epoch: number }> {
  for (let day = firstMs - (firstMs % DAY_MS); day <= lastMs; day += DAY_MS) {
    const from = new Date(day).toISOString();
    const to = new Date(day + DAY_MS).toISOString();
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
  const bits = options.bits ?? 20;
  const epochs = options.epochs ?? 1;
  const { rows: span } = await pool.query<{
    days: number;
    hours: number;
    first: Date | null;
    last: Date | null;
  }>(
    `SELECT count(DISTINCT date_trunc('day', hour, 'UTC'))::int AS days, count(DISTINCT hour)::int AS hours,
            min(hour) AS first, max(hour) AS last FROM adstats_hourly`,
  );
  const { days, hours, first, last } = span[0];
  if (!first || !last || hours < 2)
    throw new Error("train:ctr needs imported events spanning at least two hours");
  const lastMs = last.getTime();
  const holdoutFromMs = days >= 2 ? lastMs - (lastMs % 86_400_000) : lastMs;
  const holdoutFrom = holdoutFromMs / 1000;

  const params = { ...DEFAULT_FTRL, ...options.params };
  const model = new Ftrl(bits, params);
  const idx = new Uint32Array(FEATURES_PER_ROW + 1);
  let trainRows = 0;
  let trainClicks = 0;
  const labels: number[] = [];
  const preds: number[] = [];
  const client = await pool.connect();
  try {
    for (let epoch = 0; epoch < epochs; epoch++) {
      const lastEpoch = epoch === epochs - 1;
      let seen = 0;
      for await (const { row, click, epoch: t } of eventRows(client, first.getTime(), lastMs)) {
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
        if (++seen % 100_000 === 0) options.onProgress?.(seen + epoch * seen);
      }
    }
  } finally {
    client.release();
  }
  if (trainRows === 0 || labels.length === 0)
    throw new Error("train:ctr: empty training set or holdout");
  const baselineCtr = trainClicks / trainRows;
  const metrics: CtrMetrics = {
    trainRows,
    holdoutRows: labels.length,
    holdout: days >= 2 ? "last day" : "last hour",
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
  const { rows } = await pool.query<{ id: string }>(
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
