// The bench's world: one brand, a few campaigns, `matches` accepted matches and `links`
// tracking links spread over them, plus a warm-up link whose clicks are not counted.
// Plain SQL: the bench needs rows in the shape the redirect reads, nothing else.
import type pg from "pg";
import { generateLinkCode } from "../../lib/tracking/generate-code.ts";

export type BenchLink = { id: string; code: string };

// A few real browsers; a visitor keeps one (visitor = IP + user agent, lib/tracking/visitor.ts).
export const USER_AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
];
export const BOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** Visitor v: its own address (the last X-Forwarded-For hop) and one browser. */
export const visitorHeaders = (v: number) => ({
  "x-forwarded-for": `10.${(v >> 16) & 255}.${(v >> 8) & 255}.${v & 255}`,
  "user-agent": USER_AGENTS[v % USER_AGENTS.length],
  referer: "https://www.youtube.com/watch?v=bench",
});

export async function seedBenchLinks(
  pool: pg.Pool,
  opts: { links: number; matches: number },
): Promise<{ links: BenchLink[]; warmUp: BenchLink }> {
  const { rows: brand } = await pool.query<{ id: string }>(
    `INSERT INTO brands (id, name, category, updated_at)
     VALUES (gen_random_uuid(), 'Bench brand', 'beauty', now()) RETURNING id`,
  );
  const brandId = brand[0].id;
  const { rows: matches } = await pool.query<{
    id: string;
    campaign_id: string;
    creator_id: string;
  }>(
    `WITH c AS (
       INSERT INTO campaigns (id, brand_id, title, category, budget, status, product_url, updated_at)
       SELECT gen_random_uuid(), $1, 'Bench campaign ' || g, 'beauty', 100000000, 'ACTIVE',
              'https://shop.example/p/' || g, now()
         FROM generate_series(1, 10) g RETURNING id),
     cs AS (SELECT id, row_number() OVER () AS n FROM c),
     cr AS (
       INSERT INTO creators (id, display_name, updated_at)
       SELECT gen_random_uuid(), 'Bench creator ' || g, now() FROM generate_series(1, $2) g
       RETURNING id),
     crs AS (SELECT id, row_number() OVER () AS n FROM cr)
     INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                          performance_prediction, budget_fit, confidence, forecast,
                          predicted_views_min, predicted_views_max, features_at_proposal,
                          agreed_amount, updated_at)
     SELECT gen_random_uuid(), cs.id, crs.id, 'ACCEPTED', 70, 70, 70, 70, 70, 'HIGH', '{}', 1, 2, '{}',
            1000000, now()
       FROM crs JOIN cs ON cs.n = 1 + (crs.n % 10)
     RETURNING id, campaign_id, creator_id`,
    [brandId, opts.matches],
  );
  const all = Array.from({ length: opts.links + 1 }, (_, i) => {
    const m = matches[i % matches.length];
    return {
      code: generateLinkCode(),
      m,
      url: `https://shop.example/landing/${i}?utm_source=yt#buy`,
    };
  });
  const { rows } = await pool.query<BenchLink>(
    `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url)
     SELECT gen_random_uuid(), code, match_id, campaign_id, $1, creator_id, url
       FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[])
            AS t(code, match_id, campaign_id, creator_id, url)
     RETURNING id, code`,
    [
      brandId,
      all.map((l) => l.code),
      all.map((l) => l.m.id),
      all.map((l) => l.m.campaign_id),
      all.map((l) => l.m.creator_id),
      all.map((l) => l.url),
    ],
  );
  const warmUpCode = all[opts.links].code;
  return {
    links: rows.filter((l) => l.code !== warmUpCode),
    warmUp: rows.find((l) => l.code === warmUpCode)!,
  };
}
