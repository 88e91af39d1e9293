// Onboarding writes of the creator's own profile. Each one refreshes the creator's
// feature row, so a brand's next ranking already uses the new categories, region or
// rates (the index picks up changed rows within a second).
import type pg from "pg";
import { notFound } from "../errors.ts";
import { refreshCreatorFeatures } from "../matching/feature-store/refresh.ts";
import type { ProfileInput, RateCardInput } from "./profile-schemas.ts";
import { syncOnboardingStep } from "./sync-onboarding-step.ts";

async function afterWrite(pool: pg.Pool, creatorId: string, rowCount: number | null) {
  if (!rowCount) throw notFound("Creator profile");
  await syncOnboardingStep(pool, creatorId);
  await refreshCreatorFeatures(pool, [creatorId]);
}

export async function updateCreatorProfile(pool: pg.Pool, creatorId: string, input: ProfileInput) {
  const { rowCount } = await pool.query(
    `UPDATE creators SET categories = $2, region = $3, district = $4, languages = $5,
                         updated_at = now()
      WHERE id = $1`,
    [creatorId, input.categories, input.region, input.district, input.languages],
  );
  await afterWrite(pool, creatorId, rowCount);
}

export async function updateRateCard(pool: pg.Pool, creatorId: string, input: RateCardInput) {
  const { rowCount } = await pool.query(
    `UPDATE creators SET rate_per_video = $2, rate_per_short = $3, rate_per_post = $4,
                         rate_per_visit = $5, updated_at = now()
      WHERE id = $1`,
    [creatorId, input.perVideo, input.perShort, input.perPost, input.perVisit],
  );
  await afterWrite(pool, creatorId, rowCount);
}
