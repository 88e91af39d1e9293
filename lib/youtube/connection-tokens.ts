// The token source of one stored connection: decrypts the tokens, refreshes the access
// token when it is about to expire (or when the API said 401), and stores the new one
// sealed again right away, so a crash after a refresh never loses it.
import type pg from "pg";
import type { TokenSource } from "./client.ts";
import type { YoutubeConfig } from "./config.ts";
import { YoutubeApiError } from "./errors.ts";
import { refreshAccessToken } from "./oauth.ts";
import { openText, sealText } from "../crypto/secret-box.ts";

export type ConnectionRow = {
  creator_id: string;
  access_token_enc: string;
  refresh_token_enc: string | null;
  access_token_expires_at: Date;
};

const EARLY_REFRESH_MS = 60_000;

export function connectionTokens(
  pool: pg.Pool,
  config: YoutubeConfig,
  row: ConnectionRow,
  now: () => Date = () => new Date(),
): TokenSource {
  let access = openText(row.access_token_enc, config.tokenKey);
  let expiresAt = row.access_token_expires_at;
  const refreshToken = row.refresh_token_enc
    ? openText(row.refresh_token_enc, config.tokenKey)
    : null;

  const refresh = async (): Promise<string> => {
    if (!refreshToken) {
      throw new YoutubeApiError("auth", 401, "no_refresh_token", "No refresh token stored");
    }
    const fresh = await refreshAccessToken(config, refreshToken, now());
    access = fresh.accessToken;
    expiresAt = fresh.expiresAt;
    await pool.query(
      `UPDATE youtube_connections
          SET access_token_enc = $2, access_token_expires_at = $3,
              refresh_token_enc = COALESCE($4, refresh_token_enc), updated_at = now()
        WHERE creator_id = $1`,
      [
        row.creator_id,
        sealText(access, config.tokenKey),
        expiresAt,
        fresh.refreshToken ? sealText(fresh.refreshToken, config.tokenKey) : null,
      ],
    );
    return access;
  };

  return {
    accessToken: async () =>
      expiresAt.getTime() - now().getTime() < EARLY_REFRESH_MS && refreshToken ? refresh() : access,
    refresh,
  };
}
