// Moves creators.onboarding_step to the first step the data says is not done (DONE when
// none), after any onboarding write, so the pointer and the checklist never disagree.
import type pg from "pg";
import { onboardingSteps } from "./onboarding-steps.ts";

export async function syncOnboardingStep(db: pg.Pool | pg.PoolClient, creatorId: string) {
  const { rows } = await db.query<{
    channels: number;
    categories: string[];
    region: string | null;
    rates: (string | null)[];
  }>(
    `SELECT (SELECT count(*)::int FROM channels WHERE creator_id = c.id) AS channels,
            c.categories, c.region,
            ARRAY[rate_per_video, rate_per_short, rate_per_visit, rate_per_post]::text[] AS rates
       FROM creators c WHERE c.id = $1`,
    [creatorId],
  );
  const r = rows[0];
  if (!r) return;
  const [perVideo, perShort, perVisit, perPost] = r.rates.map((v) =>
    v === null ? null : Number(v),
  );
  const steps = onboardingSteps({
    channelCount: r.channels,
    categories: r.categories,
    region: r.region,
    rateCard: { perVideo: perVideo!, perShort: perShort!, perVisit: perVisit!, perPost: perPost! },
  });
  const next = steps.find((s) => !s.done)?.key ?? "DONE";
  await db.query(
    `UPDATE creators SET onboarding_step = $2::"OnboardingStep", updated_at = now()
      WHERE id = $1 AND onboarding_step <> $2::"OnboardingStep"`,
    [creatorId, next],
  );
}
