// The campaign a report is about, scoped in SQL to the caller's brands (null = every
// brand, for admins): another brand's campaign, or no campaign, is the same 404.
import { notFound } from "../../errors.ts";
import { defaultDb, type Queryable } from "../queryable.ts";

export type ReportCampaign = {
  id: string;
  brandId: string;
  title: string;
  status: string;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
};

export async function getReportCampaign(
  brandIds: readonly string[] | null,
  campaignId: string,
  db: Queryable = defaultDb,
): Promise<ReportCampaign> {
  const { rows } = await db.query<ReportCampaign>(
    `SELECT id, brand_id AS "brandId", title, status::text AS status, currency,
            starts_at AS "startsAt", ends_at AS "endsAt"
       FROM campaigns
      WHERE id = $1 AND ($2::uuid[] IS NULL OR brand_id = ANY($2::uuid[]))`,
    [campaignId, brandIds],
  );
  if (!rows[0]) throw notFound("Campaign");
  return rows[0];
}
