// A brand's escrow as its managers see it: the balance per currency and the newest
// ledger entries (with the campaign they were for).
import type { Queryable } from "../reporting/queryable.ts";
import { ESCROW_ENTRIES_MAX } from "./schemas.ts";

export type EscrowView = {
  accounts: { currency: string; available: string; held: string }[];
  entries: {
    id: string;
    kind: "DEPOSIT" | "HOLD" | "RELEASE" | "CAPTURE";
    amount: string;
    currency: string;
    matchId: string | null;
    campaignTitle: string | null;
    creatorName: string | null;
    reference: string | null;
    at: string;
  }[];
};

export async function readEscrow(db: Queryable, brandId: string, limit = 100): Promise<EscrowView> {
  const [accounts, entries] = await Promise.all([
    db.query(
      `SELECT currency, available::text, held::text FROM escrow_accounts WHERE brand_id = $1 ORDER BY currency`,
      [brandId],
    ),
    db.query(
      `SELECT e.id::text, e.kind::text, e.amount::text, e.currency, e.match_id, c.title,
              cr.display_name, e.payment_reference, e.created_at
         FROM escrow_entries e
         LEFT JOIN matches m ON m.id = e.match_id
         LEFT JOIN campaigns c ON c.id = m.campaign_id
         LEFT JOIN creators cr ON cr.id = m.creator_id
        WHERE e.brand_id = $1
        ORDER BY e.created_at DESC, e.id DESC LIMIT $2`,
      [brandId, Math.min(limit, ESCROW_ENTRIES_MAX)],
    ),
  ]);
  return {
    accounts: accounts.rows.map((r) => ({
      currency: r.currency.trim(),
      available: r.available,
      held: r.held,
    })),
    entries: entries.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: r.amount,
      currency: r.currency.trim(),
      matchId: r.match_id,
      campaignTitle: r.title,
      creatorName: r.display_name,
      reference: r.payment_reference,
      at: r.created_at.toISOString(),
    })),
  };
}

/** The fees brands have put aside for a creator's matches (held, or since paid out). */
export async function creatorHolds(
  db: Queryable,
  creatorId: string | null,
): Promise<
  {
    matchId: string;
    campaignTitle: string;
    brandName: string;
    amount: string;
    currency: string;
    heldAt: string;
    released: boolean;
  }[]
> {
  const { rows } = await db.query(
    `SELECT e.match_id, c.title, b.name, e.amount::text, e.currency, e.created_at,
            EXISTS (SELECT 1 FROM escrow_entries r WHERE r.match_id = e.match_id AND r.kind = 'RELEASE') AS released
       FROM escrow_entries e
       JOIN matches m ON m.id = e.match_id
       JOIN campaigns c ON c.id = m.campaign_id
       JOIN brands b ON b.id = e.brand_id
      WHERE e.kind = 'HOLD' AND m.creator_id = $1::uuid
      ORDER BY e.created_at DESC LIMIT 500`,
    [creatorId],
  );
  return rows.map((r) => ({
    matchId: r.match_id,
    campaignTitle: r.title,
    brandName: r.name,
    amount: r.amount,
    currency: r.currency.trim(),
    heldAt: r.created_at.toISOString(),
    released: r.released,
  }));
}
