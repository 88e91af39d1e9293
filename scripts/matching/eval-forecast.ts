// npm run eval:forecast [-- --holdout 20]
// How good the learned forecasts are on matches they were not fitted on: completed
// matches are split by a hash of their id (the same split on every run), the model is
// fitted on the rest, and on the holdout it is compared with the built-in priors and
// with a baseline fitted on the same training split (the channel's median views times
// a factor per campaign type): MAPE of views, clicks and sales, and how often the
// actual views fell inside the predicted [min, max].
// The last line is one JSON object. Needs completed matches: `npm run db:seed`.
// DATABASE_URL, or the development database in .data/postgres.
import { redactUrl } from "../lib/db-url.ts";
import { readCliArgs, usageError } from "../lib/cli-args.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

const USAGE = "usage: npm run eval:forecast [-- --holdout <percent, default 20>]";

const pct = (x: number | null) => (x === null ? "n/a" : `${x.toFixed(1)}%`);
const share = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);

async function main(): Promise<number> {
  const { values } = readCliArgs(process.argv.slice(2), USAGE, {
    holdout: { type: "string", default: "20" },
  });
  const holdoutPct = Number(values.holdout);
  if (!Number.isInteger(holdoutPct) || holdoutPct < 1 || holdoutPct > 90)
    usageError("--holdout needs a percentage 1-90", USAGE);
  return withScriptPool(async (pool, db) => {
    const { loadTrainingRows } = await import("../../lib/matching/forecast/training-rows.ts");
    const { evaluateOnHoldout } = await import("./eval/forecast-holdout.ts");
    const { rows, skipped } = await loadTrainingRows(pool);
    console.log(
      `${redactUrl(db.url)}: ${rows.length} completed matches with outcomes (${skipped} unreadable, left out)`,
    );
    if (rows.length < 20) {
      console.error(
        "too few completed matches to evaluate; seed the demo data first (npm run db:seed)",
      );
      return 1;
    }
    const r = evaluateOnHoldout(rows, { holdoutPct });
    console.log(
      `fitted on ${r.train}, evaluated on a ${holdoutPct}% holdout of ${r.holdout} (split by hash of match id)`,
    );
    console.log(
      `                          views MAPE (median APE)   clicks MAPE (median)   sales MAPE (median)   views inside [min,max]`,
    );
    const line = (
      name: string,
      v: { mape: number | null; medianApe: number | null; coverage: number | null },
      c: { mape: number | null; medianApe: number | null },
      s: { mape: number | null; medianApe: number | null },
    ) =>
      console.log(
        `  ${name.padEnd(24)}${`${pct(v.mape)} (${pct(v.medianApe)})`.padEnd(27)}${`${pct(c.mape)} (${pct(c.medianApe)})`.padEnd(23)}${`${pct(s.mape)} (${pct(s.medianApe)})`.padEnd(22)}${share(v.coverage)}`,
      );
    line("fitted model", r.fitted.views, r.fitted.clicks, r.fitted.sales);
    line("built-in priors", r.prior.views, r.prior.clicks, r.prior.sales);
    line("median x type factor", r.naive.views, r.naive.clicks, r.naive.sales);
    console.log(
      `  the model claims ${share(r.fitted.views.nominalCoverage)} coverage; the baseline's interval has the model's relative width around its own centre`,
    );
    const summary = (m: {
      views: { mape: number | null; medianApe: number | null; coverage: number | null };
      clicks: { mape: number | null };
      sales: { mape: number | null };
    }) => ({
      viewsMape: m.views.mape,
      viewsMedianApe: m.views.medianApe,
      clicksMape: m.clicks.mape,
      salesMape: m.sales.mape,
      coverage: m.views.coverage,
    });
    console.log(
      JSON.stringify({
        matches: r.rows,
        train: r.train,
        holdout: r.holdout,
        nominalCoverage: r.fitted.views.nominalCoverage,
        model: summary(r.fitted),
        priors: summary(r.prior),
        naive: summary(r.naive),
      }),
    );
    return 0;
  });
}

runScript(main);
