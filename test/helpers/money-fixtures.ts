// Matches, tracking links, clicks and promo codes inserted straight into the database,
// for the conversion and settlement tests (the tracking work fills these tables in the
// app; here each test owns its rows).
import { randomUUID } from "node:crypto";
import { pool, prisma } from "@/lib/db/client";
import type { MatchStatus } from "@/lib/db/generated/enums";
import { createCampaignFor, createUser } from "./fixtures";
import { MATCH_ROW_SCORE } from "./workflow-fixtures";

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** A creator (with a user) and a match of a fresh campaign of `brandId`. */
export async function createMatchFor(
  brandId: string,
  opts: {
    status?: MatchStatus;
    agreedAmount?: bigint | null;
    offerAmount?: bigint;
    commissionRateBp?: number;
  } = {},
) {
  const user = await createUser("CREATOR");
  const creator = await prisma.creator.create({
    data: { displayName: `Creator ${unique()}`, userId: user.id },
  });
  const campaign = await createCampaignFor(brandId);
  const match = await prisma.match.create({
    data: {
      campaignId: campaign.id,
      creatorId: creator.id,
      ...MATCH_ROW_SCORE,
      status: opts.status ?? "ACCEPTED",
      agreedAmount: opts.agreedAmount === undefined ? 1_000_000n : opts.agreedAmount,
      offerAmount: opts.offerAmount ?? null,
      commissionRateBp: opts.commissionRateBp ?? null,
    },
  });
  return { match, campaign, creator, creatorUser: user };
}

type MatchRef = { id: string; campaignId: string; creatorId: string };

export async function createLink(brandId: string, match: MatchRef) {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      `c${unique()}`,
      match.id,
      match.campaignId,
      brandId,
      match.creatorId,
      `https://shop.example/${id}`,
    ],
  );
  return id;
}

/** A stored click on `linkId` at `at`; returns its click id. */
export async function createClick(linkId: string, match: MatchRef, at: Date) {
  const clickId = `ck_${unique()}`;
  await pool.query(
    `INSERT INTO clicks (click_id, link_id, match_id, campaign_id, creator_id, clicked_at,
                         hour_bucket, visitor_hash, device_class)
     VALUES ($1, $2, $3, $4, $5, $6, date_trunc('hour', $6::timestamptz), $7, 'MOBILE')`,
    [clickId, linkId, match.id, match.campaignId, match.creatorId, at, `v${unique()}`],
  );
  return clickId;
}

export async function createPromoCode(brandId: string, match: MatchRef, code = `P${unique()}`) {
  await pool.query(
    `INSERT INTO promo_codes (id, code, brand_id, match_id, campaign_id, creator_id)
     VALUES (gen_random_uuid(), upper($1), $2, $3, $4, $5)`,
    [code, brandId, match.id, match.campaignId, match.creatorId],
  );
  return code.toUpperCase();
}
