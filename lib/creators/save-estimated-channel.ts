// A creator without YouTube (Instagram, TikTok) onboards with figures they type in.
// Stored as an ESTIMATED channel: every screen labels its figures "estimated", and the
// engine treats them with the lower confidence of data nobody fetched. No posts are
// invented from the averages: the channel has no videos until a platform is connected.
import type pg from "pg";
import { conflict } from "../errors.ts";
import { tierOf } from "../matching/engine/norms.ts";
import { toDbTier } from "../matching/feature-store/rows.ts";
import { refreshCreatorFeatures } from "../matching/feature-store/refresh.ts";
import type { EstimatedChannelInput } from "./profile-schemas.ts";
import { syncOnboardingStep } from "./sync-onboarding-step.ts";

export async function saveEstimatedChannel(
  pool: pg.Pool,
  creatorId: string,
  input: EstimatedChannelInput,
): Promise<{ channelId: string }> {
  const handle = input.handle.replace(/^@/, "").toLowerCase();
  const url =
    input.platform === "INSTAGRAM"
      ? `https://www.instagram.com/${handle}/`
      : `https://www.tiktok.com/@${handle}`;
  const { rows } = await pool.query<{ id: string; creator_id: string }>(
    `INSERT INTO channels (id, creator_id, platform, external_id, handle, title, url, subscriber_count,
                           subscribers_hidden, tier, engagement_rate, median_views, stats_source,
                           stats_fetched_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2::"Platform", $3, $4, $4, $5, $6, false, $7::"Tier", $8, $9,
             'ESTIMATED', now(), now())
     ON CONFLICT (platform, external_id) DO UPDATE SET
       subscriber_count = EXCLUDED.subscriber_count, tier = EXCLUDED.tier,
       engagement_rate = EXCLUDED.engagement_rate, median_views = EXCLUDED.median_views,
       stats_fetched_at = EXCLUDED.stats_fetched_at, updated_at = EXCLUDED.updated_at
       WHERE channels.creator_id = EXCLUDED.creator_id
     RETURNING id, creator_id`,
    [
      creatorId,
      input.platform,
      handle,
      `@${handle}`,
      url,
      input.followers,
      toDbTier(tierOf(input.followers)),
      input.engagementPercent === null ? null : input.engagementPercent / 100,
      Math.min(input.typicalViews, 2_147_483_647),
    ],
  );
  // The handle is someone else's channel here: typed figures never take it over.
  if (!rows[0]) throw conflict("This account is already on another creator's profile");
  await syncOnboardingStep(pool, creatorId);
  await refreshCreatorFeatures(pool, [creatorId]);
  return { channelId: rows[0].id };
}
