// What ranking needs beyond the raw tables: the feature store and a fitted forecast
// model. Run after seeding or importing and at start-up; cheap when both are current.
import type pg from "pg";
import { refreshAllCreatorFeatures } from "./feature-store/refresh.ts";
import { refitForecastModelIfStale } from "./forecast/store.ts";

export async function prepareDerivedData(
  pool: pg.Pool,
  log: (line: string) => void,
): Promise<void> {
  const { rows } = await pool.query<{ missing: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM creators) AND NOT EXISTS (SELECT 1 FROM creator_features) AS missing",
  );
  if (rows[0]!.missing) {
    const started = performance.now();
    const result = await refreshAllCreatorFeatures(pool);
    log(`${result.refreshed} creator feature rows in ${seconds(started)} s`);
  }
  const started = performance.now();
  const fit = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
  if (fit.refitted) {
    log(
      `forecast model v${fit.version} fitted on ${fit.trainedOn} completed matches in ${seconds(started)} s`,
    );
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
