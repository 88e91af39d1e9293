// A batch of clicks in ONE statement (columns as arrays, unnest): one round trip, one
// commit, and statement-level triggers on `clicks` (rollups) fire once per batch.
// ON CONFLICT DO NOTHING drops repeats of (link, visitor, hour) — already stored, or
// twice in the same batch — and, with it, the click id that repeats derive from it.
import type { DeviceClass } from "../db/generated/enums.ts";
import type { Queryable } from "../reporting/queryable.ts";

export type ClickRow = {
  clickId: string;
  linkId: string;
  matchId: string;
  campaignId: string;
  creatorId: string;
  clickedAt: Date;
  hourBucket: Date;
  visitorHash: string;
  referrer: string | null;
  deviceClass: DeviceClass;
  country: string | null;
};

const SQL = `
  INSERT INTO clicks (click_id, link_id, match_id, campaign_id, creator_id, clicked_at,
                      hour_bucket, visitor_hash, referrer, device_class, country)
  SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[],
                       $6::timestamptz[], $7::timestamptz[], $8::text[], $9::text[],
                       $10::"DeviceClass"[], $11::char(2)[])
  ON CONFLICT DO NOTHING`;

/** Inserts the rows; resolves with how many were new. */
export async function insertClicks(db: Queryable, rows: readonly ClickRow[]): Promise<number> {
  const cols: unknown[][] = Array.from({ length: 11 }, () => new Array(rows.length));
  rows.forEach((r, i) => {
    cols[0][i] = r.clickId;
    cols[1][i] = r.linkId;
    cols[2][i] = r.matchId;
    cols[3][i] = r.campaignId;
    cols[4][i] = r.creatorId;
    cols[5][i] = r.clickedAt.toISOString();
    cols[6][i] = r.hourBucket.toISOString();
    cols[7][i] = r.visitorHash;
    cols[8][i] = r.referrer;
    cols[9][i] = r.deviceClass;
    cols[10][i] = r.country;
  });
  const result = await db.query(SQL, cols);
  return result.rowCount ?? 0;
}
