// "Disconnect YouTube": the tokens are deleted (and revoked at Google), and what only
// the grant could give is removed with them: the audience from YouTube Analytics
// (private data the creator shared with us) is deleted, and the channel's public
// statistics stay but lose the "verified" label, since nobody can refresh them now.
// YouTube's developer policies ask for exactly this when a user revokes access.
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import { notFound } from "../errors.ts";
import { refreshCreatorFeatures } from "../matching/feature-store/refresh.ts";
import type { YoutubeConfig } from "./config.ts";
import { revokeToken } from "./oauth.ts";
import { openText } from "../crypto/secret-box.ts";

export async function disconnectYoutube(
  pool: pg.Pool,
  config: YoutubeConfig,
  creatorId: string,
): Promise<{ revokedAtGoogle: boolean }> {
  const removed = await withTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{
      refresh_token_enc: string | null;
      access_token_enc: string;
      channel_external_id: string | null;
    }>(
      `DELETE FROM youtube_connections WHERE creator_id = $1
       RETURNING refresh_token_enc, access_token_enc, channel_external_id`,
      [creatorId],
    );
    const row = rows[0];
    if (!row) throw notFound("YouTube connection");
    await tx.query(
      `DELETE FROM audience_shares a USING channels ch
        WHERE a.channel_id = ch.id AND ch.creator_id = $1 AND ch.platform = 'YOUTUBE'
          AND a.source = 'VERIFIED'`,
      [creatorId],
    );
    await tx.query(
      `UPDATE channels SET stats_source = 'ESTIMATED', updated_at = now()
        WHERE creator_id = $1 AND platform = 'YOUTUBE' AND stats_source = 'VERIFIED'`,
      [creatorId],
    );
    return row;
  });
  await refreshCreatorFeatures(pool, [creatorId]);
  // After the commit: our copy is gone whatever Google answers.
  const token = removed.refresh_token_enc ?? removed.access_token_enc;
  let plain: string | null = null;
  try {
    plain = openText(token, config.tokenKey);
  } catch {
    plain = null;
  }
  return { revokedAtGoogle: plain ? await revokeToken(config, plain) : false };
}
