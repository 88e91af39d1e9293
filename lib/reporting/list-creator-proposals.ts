// A creator's proposals, newest first. A match becomes a proposal once the brand has
// contacted the creator: shortlisted (PENDING) matches and those held or refused by
// admin review are the brand's business and stay hidden from the creator.
import { SENT_TO_CREATOR } from "../matches/actor.ts";
import { defaultDb, toNumberOrNull, type Queryable } from "./queryable.ts";

export type ProposalRow = {
  id: string;
  status: string;
  brandName: string;
  campaignTitle: string;
  campaignType: string;
  offerAmount: number | null;
  agreedAmount: number | null;
  currency: string;
  score: number;
  statusChangedAt: Date;
  expiresAt: Date | null;
};

export async function listCreatorProposals(
  creatorId: string,
  opts: { limit?: number } = {},
  db: Queryable = defaultDb,
): Promise<ProposalRow[]> {
  const { rows } = await db.query<{
    id: string;
    status: string;
    brand_name: string;
    campaign_title: string;
    campaign_type: string;
    offer_amount: string | null;
    agreed_amount: string | null;
    currency: string;
    score: number;
    status_changed_at: Date;
    expires_at: Date | null;
  }>(
    `SELECT m.id, m.status::text AS status, b.name AS brand_name, c.title AS campaign_title,
            c.type::text AS campaign_type, m.offer_amount::text, m.agreed_amount::text, m.currency,
            m.score, m.status_changed_at, m.expires_at
       FROM matches m
       JOIN campaigns c ON c.id = m.campaign_id
       JOIN brands b ON b.id = c.brand_id
      WHERE m.creator_id = $1::uuid
        AND ${SENT_TO_CREATOR}
      ORDER BY m.status_changed_at DESC, m.id DESC
      LIMIT $2`,
    [creatorId, opts.limit ?? 20],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    brandName: r.brand_name,
    campaignTitle: r.campaign_title,
    campaignType: r.campaign_type,
    offerAmount: toNumberOrNull(r.offer_amount),
    agreedAmount: toNumberOrNull(r.agreed_amount),
    currency: r.currency,
    score: r.score,
    statusChangedAt: r.status_changed_at,
    expiresAt: r.expires_at,
  }));
}
