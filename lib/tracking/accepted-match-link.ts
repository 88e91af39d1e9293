// When a match is accepted (lib/matches/step-statement.ts, in the step's own statement):
// one tracking link to the campaign's product page, if the campaign names one, labelled
// with the product's name (data, so not translated). More
// destinations (a landing page, a store) are added by the brand (add-tracking-link.ts).
import type { SqlParams } from "../db/sql-params.ts";
import { generateLinkCode } from "./generate-code.ts";

/** The link as a data-modifying CTE (`tracking_link`); nothing when `gate` returns no row. */
export function acceptedMatchLinkCte(
  p: SqlParams,
  match: { id: string; campaignId: string; brandId: string; creatorId: string },
  gate?: string,
): string {
  return `tracking_link AS (
     INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url, label)
     SELECT gen_random_uuid(), ${p.add(generateLinkCode())}::text, ${p.add(match.id)}::uuid, c.id,
            ${p.add(match.brandId)}::uuid, ${p.add(match.creatorId)}::uuid, c.product_url, c.product_name
       FROM campaigns c
      WHERE c.id = ${p.add(match.campaignId)}::uuid AND c.product_url IS NOT NULL
            ${gate ? `AND EXISTS (SELECT 1 FROM ${gate})` : ""}
     ON CONFLICT (match_id, destination_url) DO NOTHING
   )`;
}
