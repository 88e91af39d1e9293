// Tenants and data for `npm run bench:workflow`, created through the database of the
// server under test: brand managers with campaigns, creators with user accounts and a
// track record (so proposals go straight to them), and optionally synthetic creators
// in the feature store to bring the ranked population up to --creators.
import type pg from "pg";
import { encode } from "next-auth/jwt";
import { upsertCreatorFeatures } from "../../lib/matching/feature-store/write.ts";
import { generateCreatorFeatures } from "../matching/eval/synthetic.ts";

export type Pair = {
  brandCookie: string;
  creatorCookie: string;
  creatorId: string;
  campaignIds: string[];
};

const tag = () => Date.now().toString(36);

/** Adds synthetic ranked creators until creator_features holds `target` rows. */
export async function topUpCreators(pool: pg.Pool, target: number, log: (s: string) => void) {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM creator_features`);
  const missing = target - rows[0].n;
  if (missing <= 0) return rows[0].n as number;
  log(
    `adding ${missing.toLocaleString("en-US")} synthetic creators to reach ${target.toLocaleString("en-US")}`,
  );
  const features = generateCreatorFeatures(missing, 7, { inflatedShare: 0.1 });
  const t = tag();
  for (let i = 0; i < features.length; i += 5000) {
    const batch = features.slice(i, i + 5000);
    const { rows: created } = await pool.query(
      `INSERT INTO creators (id, display_name, categories, region, country, rate_per_video, currency, updated_at)
       SELECT gen_random_uuid(), 'Bench ' || $1 || ' ' || g, ARRAY['beauty'], 'Seoul', 'KR', 1000000, 'KRW', now()
         FROM generate_series(1, $2) g RETURNING id`,
      [`${t}-${i}`, batch.length],
    );
    batch.forEach((f, k) => (f.id = created[k].id));
    await upsertCreatorFeatures(pool, batch);
  }
  return target;
}

/** `n` brand/creator pairs, each brand with `campaigns` active campaigns. */
export async function createPairs(
  pool: pg.Pool,
  secret: string,
  n: number,
  campaigns: number,
): Promise<Pair[]> {
  const t = tag();
  const pairs: Pair[] = [];
  // creators the engine can score: real demo creators with features and a channel
  const { rows: creators } = await pool.query(
    `SELECT c.id FROM creators c JOIN creator_features f ON f.creator_id = c.id
      WHERE c.user_id IS NULL AND f.platform = 'YOUTUBE' AND f.categories && ARRAY['beauty']
      ORDER BY c.id LIMIT $1`,
    [n],
  );
  if (creators.length < n)
    throw new Error(`only ${creators.length} scorable creators for ${n} pairs`);
  for (let i = 0; i < n; i++) {
    const { rows: u } = await pool.query(
      `INSERT INTO users (id, email, name, role, updated_at) VALUES
         (gen_random_uuid(), $1, 'Bench brand ' || $3, 'BRAND_MANAGER', now()),
         (gen_random_uuid(), $2, 'Bench creator ' || $3, 'CREATOR', now())
       RETURNING id, role::text`,
      [`bench-brand-${t}-${i}@bench.local`, `bench-creator-${t}-${i}@bench.local`, i],
    );
    const brandUser = u.find((r) => r.role === "BRAND_MANAGER")!.id;
    const creatorUser = u.find((r) => r.role === "CREATOR")!.id;
    const { rows: b } = await pool.query(
      `INSERT INTO brands (id, name, category, updated_at) VALUES (gen_random_uuid(), $1, 'beauty', now()) RETURNING id`,
      [`Bench brand ${t}-${i}`],
    );
    await pool.query(
      `INSERT INTO brand_members (brand_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
      [b[0].id, brandUser],
    );
    // acceptance puts the fee aside in escrow (lib/settlement): a balance for every walk
    await pool.query(
      `INSERT INTO escrow_accounts (brand_id, currency, available) VALUES ($1, 'KRW', 10000000000)`,
      [b[0].id],
    );
    const creatorId = creators[i].id;
    await pool.query(`UPDATE creators SET user_id = $2 WHERE id = $1`, [creatorId, creatorUser]);
    const { rows: cs } = await pool.query(
      `INSERT INTO campaigns (id, brand_id, title, category, status, budget, target_age_ranges,
                              target_genders, target_countries, updated_at)
       SELECT gen_random_uuid(), $1, 'Bench campaign ' || g, 'beauty', 'ACTIVE', 50000000,
              ARRAY['18-24','25-34'], ARRAY['female'], ARRAY['KR'], now()
         FROM generate_series(1, $2) g RETURNING id`,
      [b[0].id, campaigns],
    );
    // a track record, so that the review rules do not hold every proposal
    await pool.query(
      `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
         performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
         predicted_views_max, features_at_proposal, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'COMPLETED', 70, 70, 70, 70, 70, 'HIGH', '{}', 1, 2, '{}', now())`,
      [cs[0].id, creatorId],
    );
    pairs.push({
      brandCookie: await sessionCookie(pool, brandUser, secret),
      creatorCookie: await sessionCookie(pool, creatorUser, secret),
      creatorId,
      campaignIds: cs.slice(1).map((r) => r.id),
    });
  }
  return pairs;
}

/** A session cookie as sign-in issues it: a live user_sessions row named in the JWT. */
export async function sessionCookie(pool: pg.Pool, userId: string, secret: string) {
  const { rows } = await pool.query(
    `INSERT INTO user_sessions (id, user_id, user_agent) VALUES (gen_random_uuid(), $1, 'bench:workflow') RETURNING id`,
    [userId],
  );
  const token = await encode({ token: { sub: userId, sid: rows[0].id }, secret });
  return `next-auth.session-token=${token}`;
}
