// The audience breakdown of a creator's primary channel, for the creator's own pages:
// age, gender and country shares with their source and fetch time.
import type { Queryable } from "../reporting/queryable.ts";
import { AGE_BUCKETS } from "../vocabulary.ts";

export type AudienceBreakdownView = {
  channelTitle: string;
  source: "VERIFIED" | "ESTIMATED";
  fetchedAt: Date;
  age: { bucket: string; share: number }[];
  gender: { bucket: string; share: number }[];
  /** Largest first, at most 8. */
  country: { bucket: string; share: number }[];
} | null;

export async function getCreatorAudience(
  db: Queryable,
  creatorId: string,
): Promise<AudienceBreakdownView> {
  const { rows } = await db.query<{
    title: string;
    dimension: "AGE" | "GENDER" | "COUNTRY" | "REGION";
    bucket: string;
    share: number;
    source: "VERIFIED" | "ESTIMATED";
    fetched_at: Date;
  }>(
    `SELECT ch.title, a.dimension::text AS dimension, a.bucket, a.share, a.source::text AS source,
            a.fetched_at
       FROM (SELECT id, title FROM channels WHERE creator_id = $1
              ORDER BY (platform = 'YOUTUBE') DESC, subscriber_count DESC NULLS LAST, created_at
              LIMIT 1) ch
       JOIN audience_shares a ON a.channel_id = ch.id
      WHERE a.dimension IN ('AGE', 'GENDER', 'COUNTRY')`,
    [creatorId],
  );
  if (rows.length === 0) return null;
  const of = (d: string) => rows.filter((r) => r.dimension === d);
  const age = of("AGE");
  return {
    channelTitle: rows[0]!.title,
    // Verified only when every figure shown is.
    source: rows.every((r) => r.source === "VERIFIED") ? "VERIFIED" : "ESTIMATED",
    fetchedAt: rows.reduce((a, r) => (r.fetched_at < a ? r.fetched_at : a), rows[0]!.fetched_at),
    age: AGE_BUCKETS.map((b) => ({
      bucket: b,
      share: age.find((r) => r.bucket === b)?.share ?? 0,
    })),
    gender: of("GENDER")
      .map((r) => ({ bucket: r.bucket, share: r.share }))
      .sort((a, b) => a.bucket.localeCompare(b.bucket)),
    country: of("COUNTRY")
      .map((r) => ({ bucket: r.bucket, share: r.share }))
      .sort((a, b) => b.share - a.share)
      .slice(0, 8),
  };
}
