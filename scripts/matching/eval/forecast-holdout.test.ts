import { describe, expect, it } from "vitest";
import { evaluateOnHoldout, isHoldout } from "./forecast-holdout.ts";
import type { StoredTrainingRow } from "../../../lib/matching/forecast/training-rows.ts";
import { makeFeatures } from "../../../lib/matching/engine/test-fixtures.ts";

function row(i: number): StoredTrainingRow {
  const median = 2_000 * (1 + (i % 17));
  const features = makeFeatures({
    id: `c${i}`,
    subscribers: median * 10,
    medianViews: median,
    viewsP25: median * 0.7,
    viewsP75: median * 1.4,
    daysSinceLastVideo: 3,
    categories: ["beauty"],
    audienceAge: [],
    audienceGender: [],
    audienceCountries: null,
    audienceSource: null,
  });
  // campaign videos get 40% of the channel median, give or take; clicks 2% of views
  const views = Math.round(median * 0.4 * (0.8 + ((i * 7) % 9) / 20));
  return {
    matchId: `m-${i}`,
    creatorId: features.id,
    features,
    campaign: { category: "beauty", type: "sponsored_video", budget: 10_000_000 },
    actual: {
      views,
      likes: 0,
      comments: 0,
      shares: 0,
      clicks: Math.round(views * 0.02),
      orders: 2,
      revenue: 60_000,
    },
  };
}

describe("holdout evaluation", () => {
  it("splits deterministically, about the requested share", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `match-${i}`);
    const held = ids.filter((id) => isHoldout(id, 20)).length;
    expect(held).toBeGreaterThan(340);
    expect(held).toBeLessThan(460);
    expect(ids.map((id) => isHoldout(id, 20))).toEqual(ids.map((id) => isHoldout(id, 20)));
  });

  it("compares the fit with a baseline fitted on the same split: median x type factor", () => {
    const r = evaluateOnHoldout(Array.from({ length: 300 }, (_, i) => row(i)));
    expect(r.train + r.holdout).toBe(300);
    expect(r.holdout).toBeGreaterThan(30);
    // The baseline learns the 40% a campaign video gets from the training split, so
    // it is a fair bar (the bare channel median would be ~150% off).
    expect(r.naive.views.mape!).toBeLessThan(30);
    expect(r.naive.clicks.mape!).toBeLessThan(30);
    expect(r.fitted.views.mape!).toBeLessThan(30);
    expect(r.fitted.views.mape!).toBeLessThan(r.prior.views.mape!);
    expect(r.fitted.views.coverage!).toBeGreaterThan(0.5);
  });
});
