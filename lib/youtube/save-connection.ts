// Stores a fresh grant after the consent screen, tokens sealed. A reconnect replaces
// the old grant and clears the previous sync's error and back-off.
import type pg from "pg";
import { YOUTUBE_SCOPES } from "../auth/google-scopes.ts";
import { AppError } from "../errors.ts";
import type { YoutubeConfig } from "./config.ts";
import type { TokenSet } from "./oauth.ts";
import { sealText } from "../crypto/secret-box.ts";

export async function saveYoutubeConnection(
  pool: pg.Pool,
  config: YoutubeConfig,
  creatorId: string,
  tokens: TokenSet,
): Promise<void> {
  // Without youtube.readonly there is no channel to read; ask again rather than store
  // a grant that can only fail.
  if (!tokens.scopes.includes(YOUTUBE_SCOPES[0])) {
    throw new AppError("bad_request", "YouTube access was not granted");
  }
  await pool.query(
    `INSERT INTO youtube_connections (id, creator_id, access_token_enc, refresh_token_enc,
                                      access_token_expires_at, scopes, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())
     ON CONFLICT (creator_id) DO UPDATE SET
       access_token_enc = EXCLUDED.access_token_enc,
       refresh_token_enc = COALESCE(EXCLUDED.refresh_token_enc, youtube_connections.refresh_token_enc),
       access_token_expires_at = EXCLUDED.access_token_expires_at, scopes = EXCLUDED.scopes,
       sync_status = 'PENDING', sync_error = NULL, retry_after = NULL, sync_started_at = NULL,
       connected_at = now(), updated_at = now()`,
    [
      creatorId,
      sealText(tokens.accessToken, config.tokenKey),
      tokens.refreshToken ? sealText(tokens.refreshToken, config.tokenKey) : null,
      tokens.expiresAt,
      tokens.scopes.slice(0, 20),
    ],
  );
}
