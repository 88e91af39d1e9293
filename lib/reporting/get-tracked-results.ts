// Money across campaigns (the brand dashboard, the admin's platform totals): clicks,
// orders and net revenue from the daily rollup, cost from each match's agreed terms, or
// its settlement's gross once settled (reportedMatchCost: the campaign report's rule),
// per campaign and in total. brandIds null = every brand. One read, three sums:
// - "committed": every accepted and completed match, tracked or not (and any other with
//   tracked events) — the brand's spend;
// - "tracked": the campaigns something tracks (a link, a code, an attributed order on
//   one of their matches), all their matches as in "committed" — the tracked overview,
//   whose rows are the figures of the campaign reports they link to. A campaign with no
//   tracking at all would be a cost against revenue nobody could have measured: every
//   such campaign a total loss;
// - "completed": completed matches (the admin's "completed" KPI and the brand
//   dashboard's ROI), so those headline figures are these numbers, not a second source.
//   There, a completed match with no tracking at all counts the revenue its brand
//   entered at completion: the workflow asks for the actual results "until tracking
//   fills them in".
// Amounts are summed in KRW campaigns only, like the other headline figures.
import { reportedMatchCost } from "./match-cost.ts";
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";
import { roas, roi } from "./ratios.ts";

export type TrackedFigures = {
  clicks: number;
  orders: number;
  refunds: number;
  revenue: number;
  cost: number;
  roi: number | null;
  roas: number | null;
};

export type TrackedCampaign = TrackedFigures & { campaignId: string; title: string };

/** One match's money, as the scopes sum it. */
export type MatchMoneyRow = {
  campaign_id: string;
  status: string;
  title: string;
  agreed_amount: string | null;
  commission_rate_bp: number | null;
  settled_gross: string | null;
  clicks: string | null;
  orders: string | null;
  refunds: string | null;
  revenue: string | null;
  typed_revenue: string | null;
  tracked: boolean;
};

export type MoneyScope = "committed" | "tracked" | "completed";

export type TrackedResults = {
  totals: TrackedFigures;
  campaigns: TrackedCampaign[];
  /** matches counted */
  matches: number;
};

export async function getTrackedResults(
  brandIds: readonly string[] | null,
  db: Queryable = defaultDb,
  scope: MoneyScope = "tracked",
): Promise<TrackedResults> {
  return summarizeMatchMoney(await readMatchMoney(brandIds, db), scope);
}

/** The rows every scope sums: accepted and completed matches, and any with tracked events. */
export async function readMatchMoney(
  brandIds: readonly string[] | null,
  db: Queryable = defaultDb,
): Promise<readonly MatchMoneyRow[]> {
  const { rows } = await db.query<MatchMoneyRow>(
    `WITH r AS (
       SELECT match_id, sum(clicks) AS clicks, sum(orders) AS orders, sum(refunds) AS refunds,
              sum(revenue) AS revenue
         FROM performance_daily d
        WHERE $1::uuid[] IS NULL
           OR d.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ANY($1::uuid[]))
        GROUP BY match_id
     )
     SELECT m.campaign_id, c.title, m.status::text AS status, m.agreed_amount::text, m.commission_rate_bp,
            st.gross::text AS settled_gross, r.clicks::text, r.orders::text, r.refunds::text, r.revenue::text,
            o.revenue::text AS typed_revenue,
            (r.match_id IS NOT NULL
              OR EXISTS (SELECT 1 FROM tracking_links tl WHERE tl.match_id = m.id)
              OR EXISTS (SELECT 1 FROM promo_codes pc WHERE pc.match_id = m.id)) AS tracked
       FROM matches m
       JOIN campaigns c ON c.id = m.campaign_id
       LEFT JOIN r ON r.match_id = m.id
       LEFT JOIN settlements st ON st.match_id = m.id
       LEFT JOIN match_outcomes o ON o.match_id = m.id
      WHERE ($1::uuid[] IS NULL OR c.brand_id = ANY($1::uuid[])) AND c.currency = 'KRW'
        AND (m.status IN ('ACCEPTED', 'COMPLETED') OR r.match_id IS NOT NULL)`,
    [brandIds],
  );
  return rows;
}

export function summarizeMatchMoney(
  rows: readonly MatchMoneyRow[],
  scope: MoneyScope,
): TrackedResults {
  const trackedCampaigns = new Set(rows.filter((r) => r.tracked).map((r) => r.campaign_id));
  const counted = rows.filter((r) =>
    scope === "completed"
      ? r.status === "COMPLETED"
      : scope === "tracked"
        ? trackedCampaigns.has(r.campaign_id)
        : true,
  );
  const byCampaign = new Map<string, TrackedCampaign>();
  for (const r of counted) {
    const attributed = BigInt(r.revenue ?? "0");
    const revenue =
      scope === "completed" && !r.tracked && r.typed_revenue !== null
        ? BigInt(r.typed_revenue)
        : attributed;
    const cost = reportedMatchCost({
      agreedAmount: r.agreed_amount === null ? null : BigInt(r.agreed_amount),
      commissionRateBp: r.commission_rate_bp,
      attributedRevenue: attributed,
      settledGross: r.settled_gross === null ? null : BigInt(r.settled_gross),
    });
    const c = byCampaign.get(r.campaign_id) ?? {
      campaignId: r.campaign_id,
      title: r.title,
      ...empty(),
    };
    c.clicks += toNumber(r.clicks);
    c.orders += toNumber(r.orders);
    c.refunds += toNumber(r.refunds);
    c.revenue += Number(revenue);
    c.cost += Number(cost);
    byCampaign.set(r.campaign_id, c);
  }
  const campaigns = [...byCampaign.values()]
    .map((c) => ({ ...c, roi: roi(c.revenue, c.cost), roas: roas(c.revenue, c.cost) }))
    .sort((a, b) => b.revenue - a.revenue || a.title.localeCompare(b.title));
  const totals = campaigns.reduce((t, c) => {
    t.clicks += c.clicks;
    t.orders += c.orders;
    t.refunds += c.refunds;
    t.revenue += c.revenue;
    t.cost += c.cost;
    return t;
  }, empty());
  return {
    totals: {
      ...totals,
      roi: roi(totals.revenue, totals.cost),
      roas: roas(totals.revenue, totals.cost),
    },
    campaigns,
    matches: counted.length,
  };
}

function empty(): TrackedFigures {
  return { clicks: 0, orders: 0, refunds: 0, revenue: 0, cost: 0, roi: null, roas: null };
}
