// The brand dashboard's campaign list: newest first, with match counts per stage.
import type { CampaignStatus } from "../db/generated/enums.ts";
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";

export type CampaignRow = {
  id: string;
  title: string;
  brandName: string;
  type: string;
  status: CampaignStatus;
  budget: number;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  matches: { total: number; open: number; won: number; completed: number };
};

export async function listBrandCampaigns(
  brandIds: readonly string[],
  opts: { limit?: number } = {},
  db: Queryable = defaultDb,
): Promise<{ rows: CampaignRow[]; total: number }> {
  const limit = opts.limit ?? 50;
  const [list, count] = await Promise.all([
    db.query<{
      id: string;
      title: string;
      brand_name: string;
      type: string;
      status: CampaignStatus;
      budget: string;
      currency: string;
      starts_at: Date | null;
      ends_at: Date | null;
      created_at: Date;
      total: number;
      open: number;
      won: number;
      completed: number;
    }>(
      `SELECT c.id, c.title, b.name AS brand_name, c.type::text AS type, c.status::text AS status,
              c.budget::text AS budget, c.currency, c.starts_at, c.ends_at, c.created_at,
              count(m.id)::int AS total,
              count(m.id) FILTER (WHERE m.status IN ('PENDING', 'CONTACTED', 'RESPONDED', 'NEGOTIATING'))::int AS open,
              count(m.id) FILTER (WHERE m.status IN ('ACCEPTED', 'COMPLETED'))::int AS won,
              count(m.id) FILTER (WHERE m.status = 'COMPLETED')::int AS completed
         FROM campaigns c
         JOIN brands b ON b.id = c.brand_id
         LEFT JOIN matches m ON m.campaign_id = c.id
        WHERE c.brand_id = ANY($1::uuid[])
        GROUP BY c.id, b.name
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $2`,
      [brandIds, limit],
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns WHERE brand_id = ANY($1::uuid[])`,
      [brandIds],
    ),
  ]);
  return {
    total: count.rows[0]?.n ?? 0,
    rows: list.rows.map((r) => ({
      id: r.id,
      title: r.title,
      brandName: r.brand_name,
      type: r.type,
      status: r.status,
      budget: toNumber(r.budget),
      currency: r.currency,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      createdAt: r.created_at,
      matches: { total: r.total, open: r.open, won: r.won, completed: r.completed },
    })),
  };
}
