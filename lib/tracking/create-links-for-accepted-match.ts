// When a match is accepted (lib/matches/write-step-effects.ts, inside its transaction):
// one tracking link to the campaign's product page, if the campaign names one, labelled
// with the product's name (data, so not translated). More
// destinations (a landing page, a store) are added by the brand (add-tracking-link.ts).
import type { Queryable } from "../reporting/queryable.ts";
import { generateLinkCode } from "./generate-code.ts";

export async function createLinksForAcceptedMatch(
  db: Queryable,
  match: { id: string; campaignId: string; brandId: string; creatorId: string },
): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url, label)
     SELECT gen_random_uuid(), $2, $1, c.id, $4, $5, c.product_url, c.product_name
       FROM campaigns c
      WHERE c.id = $3 AND c.product_url IS NOT NULL
     ON CONFLICT (match_id, destination_url) DO NOTHING`,
    [match.id, generateLinkCode(), match.campaignId, match.brandId, match.creatorId],
  );
  return rowCount ?? 0;
}
