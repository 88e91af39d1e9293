// What a ranked row shows about the creator, for the page of results only.
import type pg from "pg";
import { CURRENT_MATCH_OF_PAIR } from "../matches/current-match.ts";
import { fromDbTier } from "../matching/feature-store/rows.ts";
import type { Tier } from "../matching/engine/types.ts";

export type CreatorDisplay = {
  name: string;
  channelTitle: string | null;
  tier: Tier;
  subscribers: number | null;
  /** where the creator is based: a region ("Seoul"), and its district key when known */
  region: string | null;
  district: string | null;
};

/** A creator's display fields and, when asked for a campaign, their match for it. */
export type CreatorOnPage = {
  display: CreatorDisplay;
  /** proposals: the pair's proposals, all told (statuses.ts MAX_PROPOSALS_PER_PAIR) */
  match: { id: string; status: string; proposals: number } | null;
};

// Name from the profile; channel, tier and subscribers from the ranked platform's
// biggest channel (the one the features were derived from); the creator's current match
// for the campaign (current-match.ts), one index probe per creator on the page.
export async function loadCreatorDisplay(
  pool: pg.Pool,
  ids: string[],
  campaignId: string | null = null,
): Promise<Map<string, CreatorOnPage>> {
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{
    id: string;
    display_name: string;
    title: string | null;
    tier: string;
    subscribers: number | null;
    region: string | null;
    district: string | null;
    match_id: string | null;
    match_status: string | null;
    proposals: number | null;
  }>(
    `SELECT c.id, c.display_name, ch.title, f.tier::text AS tier,
            CASE WHEN f.subscribers_hidden THEN NULL ELSE f.subscribers END AS subscribers,
            f.region, f.district,
            m.id AS match_id, m.status::text AS match_status, m.proposals
       FROM creators c
       JOIN creator_features f ON f.creator_id = c.id
       LEFT JOIN LATERAL (
         SELECT title FROM channels
          WHERE creator_id = c.id AND platform = f.platform
          ORDER BY subscriber_count DESC NULLS LAST, created_at, id LIMIT 1
       ) ch ON true
       LEFT JOIN LATERAL (${CURRENT_MATCH_OF_PAIR("$2::uuid", "c.id")}) m ON true
      WHERE c.id = ANY($1::uuid[])`,
    [ids, campaignId],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        display: {
          name: r.display_name,
          channelTitle: r.title,
          tier: fromDbTier(r.tier),
          subscribers: r.subscribers,
          region: r.region,
          district: r.district,
        },
        match:
          r.match_id === null
            ? null
            : { id: r.match_id, status: r.match_status!, proposals: r.proposals! },
      },
    ]),
  );
}
