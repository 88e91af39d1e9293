// npm run fit:forecast [-- --if-stale <new completions>]
// Fits the forecast model on every completed match (features at proposal vs. actual
// outcome) and stores it as the next version in forecast_models, which rankings pick
// up within a minute. With --if-stale N it only refits when at least N matches were
// completed since the current model was fitted (what the job after completions runs).
// DATABASE_URL, or the development database in .data/postgres.
import { redactUrl } from "../lib/db-url.ts";
import { readCliArgs, usageError } from "../lib/cli-args.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

const USAGE = "usage: npm run fit:forecast [-- --if-stale <new completions>]";

/** --if-stale N: refit only when N completions arrived since the last fit. */
function readArgs(argv: string[]): { ifStale: number | null } {
  const { values } = readCliArgs(argv, USAGE, { "if-stale": { type: "string" } });
  if (values["if-stale"] === undefined) return { ifStale: null };
  const ifStale = Number(values["if-stale"]);
  if (!Number.isInteger(ifStale) || ifStale < 1)
    usageError("--if-stale needs a positive integer", USAGE);
  return { ifStale };
}

const pct = (x: number | null) => (x === null ? "n/a" : `${x.toFixed(1)}%`);
const share = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  return withScriptPool(async (pool, db) => {
    const { fitAndSaveForecastModel, refitForecastModelIfStale } =
      await import("../../lib/matching/forecast/store.ts");
    console.log(`fitting the forecast model on ${redactUrl(db.url)}`);
    if (args.ifStale !== null) {
      const d = await refitForecastModelIfStale(pool, { minNewCompletions: args.ifStale });
      console.log(
        d.refitted
          ? `refitted: version ${d.version} on ${d.trainedOn} completed matches`
          : `not stale: ${d.completions - d.trainedOn} new completion(s) since version ${d.version ?? "(none)"}, ` +
              `fewer than ${args.ifStale}`,
      );
      console.log(JSON.stringify(d));
      return 0;
    }
    const fit = await fitAndSaveForecastModel(pool);
    if (fit.trainedOn === 0)
      console.log("no completed matches with outcomes yet: stored the priors unchanged");
    const m = fit.metrics;
    console.log(
      `stored version ${fit.version}, trained on ${fit.trainedOn} completed matches (${fit.skipped} unreadable, left out)`,
    );
    console.log(
      `in-sample            views MAPE   clicks MAPE  sales MAPE   views inside [min,max] (claimed ${share(m.views.nominalCoverage)})`,
    );
    for (const [name, x] of [
      ["fitted model", m],
      ["built-in priors", m.prior],
    ] as const) {
      console.log(
        `  ${name.padEnd(18)} ${pct(x.views.mape).padEnd(12)} ${pct(x.clicks.mape).padEnd(12)} ${pct(x.sales.mape).padEnd(12)} ${share(x.views.coverage)}`,
      );
    }
    console.log(
      JSON.stringify({
        version: fit.version,
        trainedOn: fit.trainedOn,
        skipped: fit.skipped,
        metrics: m,
      }),
    );
    return 0;
  });
}

runScript(main);
