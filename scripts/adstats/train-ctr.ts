// npm run train:ctr -- [--bits 20] [--epochs 1] [--alpha 0.05] [--l1 0.5] [--l2 1]
//                       [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// Fits the CTR model on the imported events (lib/adstats/ctr-model/train-ctr.ts), stores it for
// POST /api/v1/ctr/predict, and prints holdout logloss / AUC next to the constant-CTR
// baseline; last line one JSON object.
import { parseArgs } from "node:util";
import { AdFiltersSchema } from "../../lib/adstats/schemas.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      bits: { type: "string", default: "20" },
      epochs: { type: "string", default: "1" },
      alpha: { type: "string" },
      l1: { type: "string" },
      l2: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
    },
  });
  const bits = Number(values.bits);
  const epochs = Number(values.epochs);
  if (!Number.isInteger(bits) || bits < 10 || bits > 24) throw new Error("--bits in 10..24");
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 20) throw new Error("--epochs in 1..20");
  const params: Record<string, number> = {};
  for (const key of ["alpha", "l1", "l2"] as const) {
    if (values[key] === undefined) continue;
    const v = Number(values[key]);
    if (!(v >= 0 && v <= 100)) throw new Error(`--${key} in [0, 100]`);
    params[key] = v;
  }
  // the same days as the report's --from / --to (whole UTC days, both included)
  const days = AdFiltersSchema.pick({ from: true, to: true }).safeParse({
    from: values.from,
    to: values.to,
  });
  if (!days.success)
    throw new Error(days.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  return withScriptPool(async (pool) => {
    const { trainCtrModel } = await import("../../lib/adstats/ctr-model/train-ctr.ts");
    const started = performance.now();
    const r = await trainCtrModel(pool, {
      bits,
      epochs,
      params,
      ...days.data,
      onProgress: (n) => process.stderr.write(`\r${n.toLocaleString("en-US")} rows`),
    });
    process.stderr.write("\n");
    const f = (x: number) => x.toFixed(4);
    console.log(
      `trained on ${r.trainRows} rows, holdout ${r.holdout} from ${r.holdoutFrom} (${r.holdoutRows} rows):\n` +
        `  model     logloss ${f(r.logloss)}  AUC ${f(r.auc)}\n` +
        `  baseline  logloss ${f(r.baselineLogloss)}  AUC ${f(r.baselineAuc)}  (constant CTR ${f(r.baselineCtr)})`,
    );
    console.log(
      JSON.stringify({ ...r, seconds: Math.round((performance.now() - started) / 100) / 10 }),
    );
    return 0;
  });
}

runScript(main);
