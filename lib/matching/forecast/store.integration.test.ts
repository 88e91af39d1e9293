// Forecast learning against real Postgres: training rows from completed matches,
// versioned fits, refits after new completions, and the model rankings pick up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { DEFAULT_FORECAST_MODEL } from "./model.ts";
import { loadTrainingRows } from "./training-rows.ts";
import {
  fitAndSaveForecastModel,
  getForecastModel,
  loadLatestForecastModel,
  REFIT_AFTER_COMPLETIONS,
  refitForecastModelIfStale,
} from "./store.ts";

// Sponsored videos of mid-tier channels get half their channel's median views here,
// far from the prior's 0.85: a fit must move toward it.
const TRUE_RATIO = 0.5;
const creatorIds: string[] = [];
let campaignId: string;

async function completedMatch(i: number, features: unknown = proposalFeatures(i)) {
  const { rows } = await pool.query(
    `INSERT INTO creators (id, display_name, categories, updated_at) VALUES (gen_random_uuid(), $1, '{beauty}', now()) RETURNING id`,
    [`forecast creator ${i}`],
  );
  const creatorId = rows[0].id;
  creatorIds.push(creatorId);
  const median = 10_000 + 1_000 * (i % 7);
  const views = Math.round(median * TRUE_RATIO * (0.9 + (0.2 * ((i * 13) % 10)) / 10));
  const m = await pool.query(
    `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                          performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                          predicted_views_max, features_at_proposal, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'COMPLETED', 70, 70, 70, 70, 70, 'MEDIUM', '{}', 1, 2, $3::jsonb, now())
     RETURNING id`,
    [campaignId, creatorId, JSON.stringify(features)],
  );
  await pool.query(
    `INSERT INTO match_outcomes (match_id, views, likes, comments, clicks, orders, revenue, measured_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
    [
      m.rows[0].id,
      views,
      Math.round(views * 0.03),
      Math.round(views * 0.003),
      Math.round(views * 0.01),
      3,
      3 * 30_000,
    ],
  );
  return m.rows[0].id as string;
}

// As the demo seed writes it: upper-case enums, an asOf stamp.
function proposalFeatures(i: number) {
  const median = 10_000 + 1_000 * (i % 7);
  return {
    asOf: "2026-09-01T00:00:00.000Z",
    platform: "YOUTUBE",
    tier: "MID",
    subscribers: median * 8,
    subscribersHidden: false,
    videoCount: 50,
    medianViews: median,
    viewsP25: median * 0.7,
    viewsP75: median * 1.4,
    engagementRate: 0.04,
    likeRate: 0.036,
    commentRate: 0.004,
    shareRate: 0,
    uploadsPer30d: 4,
    daysSinceLastVideo: 5,
    categories: ["beauty"],
    region: "Seoul",
    country: "KR",
    ratePerVideo: 1_000_000,
    currency: "KRW",
    audienceAge: [],
    audienceGender: [0.8, 0.2],
    audienceCountries: { KR: 0.9 },
    audienceSource: "ESTIMATED",
  };
}

describe("forecast store", () => {
  const matchIds: string[] = [];

  beforeAll(async () => {
    const { brand } = await createBrandWithManager();
    campaignId = (await createCampaignFor(brand.id, { category: "Beauty" })).id;
    for (let i = 0; i < 30; i++) matchIds.push(await completedMatch(i));
    // unreadable features: left out, counted
    matchIds.push(await completedMatch(99, { tier: "GIANT" }));
  });

  afterAll(async () => {
    await pool.query("DELETE FROM creators WHERE id = ANY($1::uuid[])", [creatorIds]);
  });

  it("reads completed matches as training rows", async () => {
    const { rows, skipped } = await loadTrainingRows(pool);
    const mine = rows.filter((r) => matchIds.includes(r.matchId));
    expect(mine).toHaveLength(30);
    expect(skipped).toBeGreaterThanOrEqual(1);
    const r = mine[0];
    expect(r.features).toMatchObject({
      platform: "youtube",
      tier: "mid",
      audienceSource: "estimated",
    });
    // category normalised to the slug rankings look rates up by
    expect(r.campaign).toMatchObject({
      category: "beauty",
      type: "sponsored_video",
      budget: 10_000_000,
    });
    expect(r.actual.views).toBeGreaterThan(0);
  });

  it("fits, stores a new version with metrics, and learns from the history", async () => {
    const before = await loadLatestForecastModel(pool);
    const fit = await fitAndSaveForecastModel(pool);
    expect(fit.version).toBe((before?.version ?? 0) + 1);
    expect(fit.trainedOn).toBeGreaterThanOrEqual(30);
    const stored = await loadLatestForecastModel(pool);
    expect(stored?.version).toBe(fit.version);
    expect(stored?.trainedOn).toBe(fit.trainedOn);
    // moved from the prior toward the truth, but shrunk: not all the way
    const learned = Math.exp(stored!.model.logViewsMultiplier.mid);
    expect(learned).toBeLessThan(Math.exp(DEFAULT_FORECAST_MODEL.logViewsMultiplier.mid) - 0.1);
    expect(learned).toBeGreaterThan(TRUE_RATIO * 0.8);
    // and forecasts better than the priors on what it saw
    expect(fit.metrics.views.mape!).toBeLessThan(fit.metrics.prior.views.mape!);
    expect((stored!.metrics as { views: { mape: number } }).views.mape).toBe(
      fit.metrics.views.mape,
    );
    // rankings pick the new version up
    expect((await getForecastModel(pool)).version).toBe(fit.version);
  });

  it("refits only after enough new completions", async () => {
    // completed matches whose proposal features cannot be read: counted, never trained on
    for (let i = 26; i < 29; i++) await completedMatch(i, { unreadable: true });
    await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    const quiet = await refitForecastModelIfStale(pool, { minNewCompletions: 3 });
    expect(quiet.refitted).toBe(false);
    for (let i = 30; i < 33; i++) matchIds.push(await completedMatch(i));
    const due = await refitForecastModelIfStale(pool, { minNewCompletions: 3 });
    expect(due.refitted).toBe(true);
    expect(due.version).toBe(quiet.version! + 1);
    expect(due.trainedOn).toBe(quiet.trainedOn + 3);
  });

  it("once a model exists, waits for a share of new completions or for the model to age", async () => {
    const policy = { minNewCompletions: 1, minNewShare: 0.5, maxAgeMs: 60 * 60_000 };
    await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    matchIds.push(await completedMatch(40));
    const batching = await refitForecastModelIfStale(pool, policy);
    expect(batching.completions).toBeGreaterThan(batching.trainedOn);
    expect(batching.refitted).toBe(false); // one new of 30 and more seen
    const anHourLater = new Date(Date.now() + 60 * 60_000 + 1_000);
    const aged = await refitForecastModelIfStale(pool, { ...policy, now: anHourLater });
    expect(aged.refitted).toBe(true);
    expect(aged.version).toBe(batching.version! + 1);

    // half as many new as seen: refitted however young the model is
    const seen = aged.completions;
    for (let i = 0; i < Math.ceil(seen / 2); i++) matchIds.push(await completedMatch(50 + i));
    const share = await refitForecastModelIfStale(pool, policy);
    expect(share.refitted).toBe(true);
  });
  it("refits a trickle of completions at the next hourly run, not the one after", async () => {
    await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    matchIds.push(await completedMatch(90));
    // the next hourly run comes a few seconds short of an hour after the fit it made
    const nextRun = new Date(Date.now() + 60 * 60_000 - 5_000);
    const due = await refitForecastModelIfStale(pool, { ...REFIT_AFTER_COMPLETIONS, now: nextRun });
    expect(due.refitted).toBe(true);
  });

  it("refits a model an older build fitted without a parameter this one fits, new completions or not", async () => {
    const fit = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    const quiet = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    expect(quiet.refitted).toBe(false);
    // what a build before salesFromElsewhere stored
    await pool.query(
      `UPDATE forecast_models SET params = params - 'salesFromElsewhere' - 'purchaseTypeMultiplier'
        WHERE version = $1`,
      [fit.version],
    );
    const due = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    expect(due).toMatchObject({ refitted: true, version: fit.version! + 1 });
    const again = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    expect(again.refitted).toBe(false);
  });

  it("counts a model's age from when its fit read the history, however long the fit took", async () => {
    const fit = await refitForecastModelIfStale(pool, { minNewCompletions: 1 });
    // a fit that took ten minutes was saved ten minutes after it read
    await pool.query(
      `UPDATE forecast_models SET created_at = created_at + interval '10 minutes' WHERE version = $1`,
      [fit.version],
    );
    matchIds.push(await completedMatch(95));
    const nextRun = new Date(Date.now() + 56 * 60_000);
    const due = await refitForecastModelIfStale(pool, { ...REFIT_AFTER_COMPLETIONS, now: nextRun });
    expect(due.refitted).toBe(true);
  });
});
