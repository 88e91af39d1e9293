// A brand's campaigns, newest first, with match counts per stage: the dashboard's newest
// few and the campaigns page, a status at a time and a page at a time (keyset paging).
import type { CampaignStatus } from "../db/generated/enums.ts";
import type { NewestFirstPosition } from "../paging/newest-first-cursor.ts";
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
  opts: {
    limit?: number;
    status?: CampaignStatus;
    /** Part of the title, any case. */
    search?: string;
    after?: NewestFirstPosition;
  } = {},
  db: Queryable = defaultDb,
): Promise<{ rows: CampaignRow[]; total: number; next: NewestFirstPosition | null }> {
  const limit = opts.limit ?? 50;
  const status = opts.status ?? null;
  // LIKE's wildcards in the search text match themselves
  const titleLike = opts.search ? `%${opts.search.replace(/[\\%_]/g, "\\$&")}%` : null;
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
          AND ($3::"CampaignStatus" IS NULL OR c.status = $3::"CampaignStatus")
          AND ($4::timestamptz IS NULL OR (c.created_at, c.id) < ($4::timestamptz, $5::uuid))
          AND ($6::text IS NULL OR c.title ILIKE $6)
        GROUP BY c.id, b.name
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $2`,
      [
        brandIds,
        limit + 1,
        status,
        opts.after?.createdAt ?? null,
        opts.after?.id ?? null,
        titleLike,
      ],
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns
        WHERE brand_id = ANY($1::uuid[]) AND ($2::"CampaignStatus" IS NULL OR status = $2::"CampaignStatus")
          AND ($3::text IS NULL OR title ILIKE $3)`,
      [brandIds, status, titleLike],
    ),
  ]);
  const page = list.rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    total: count.rows[0]?.n ?? 0,
    next: list.rows.length > limit ? { createdAt: last.created_at, id: last.id } : null,
    rows: page.map((r) => ({
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
