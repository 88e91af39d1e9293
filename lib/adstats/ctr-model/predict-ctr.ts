// Scores rows with the latest stored CTR model. The weights (4 MB at 20 bits) are
// cached per process and reloaded only when a newer model appears; scoring 1,000
// rows is well under a millisecond, so it runs on the request thread.
import type { Queryable } from "../../reporting/queryable.ts";
import { featureIndices, FEATURES_PER_ROW, type CtrInput } from "./ctr-features.ts";
import { scoreWithWeights } from "./ftrl.ts";

type Loaded = { id: string; bits: number; weights: Float32Array; createdAt: string };
let cached: Loaded | null = null;

async function latestModel(db: Queryable): Promise<Loaded | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM adstats_ctr_models ORDER BY created_at DESC, id LIMIT 1`,
  );
  if (rows.length === 0) return null;
  if (cached?.id === rows[0].id) return cached;
  const { rows: full } = await db.query<{
    id: string;
    bits: number;
    weights: Buffer;
    created_at: Date;
  }>(`SELECT id, bits, weights, created_at FROM adstats_ctr_models WHERE id = $1`, [rows[0].id]);
  const m = full[0];
  // copy into an aligned buffer: a Float32Array view needs 4-byte alignment
  const weights = new Float32Array(m.weights.byteLength / 4);
  new Uint8Array(weights.buffer).set(m.weights);
  cached = { id: m.id, bits: m.bits, weights, createdAt: m.created_at.toISOString() };
  return cached;
}

export async function predictCtr(db: Queryable, rows: CtrInput[]) {
  const model = await latestModel(db);
  if (!model) return null;
  const idx = new Uint32Array(FEATURES_PER_ROW + 1);
  const predictions = rows.map((row) => {
    const n = featureIndices(row, model.bits, idx);
    return Math.round(scoreWithWeights(model.weights, idx, n) * 1e6) / 1e6;
  });
  return { model: { id: model.id, trainedAt: model.createdAt }, predictions };
}
