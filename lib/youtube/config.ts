// Where the YouTube client talks to and as which OAuth client: Google's real endpoints
// by default, the local stand-in in development and tests (set by scripts/lib/stack.ts).
import { env, type Env } from "../env.ts";
import { secretBoxKey } from "../crypto/secret-box.ts";

export type YoutubeConfig = {
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  dataApiBase: string;
  analyticsApiBase: string;
  clientId: string;
  clientSecret: string;
  /** Where Google sends the creator back after the consent screen. */
  redirectUri: string;
  tokenKey: Buffer;
};

export function youtubeConfig(e: Env = env()): YoutubeConfig {
  return {
    authUrl: e.GOOGLE_AUTH_URL,
    tokenUrl: e.GOOGLE_TOKEN_URL,
    revokeUrl: e.GOOGLE_REVOKE_URL,
    dataApiBase: e.YOUTUBE_DATA_API_BASE_URL.replace(/\/$/, ""),
    analyticsApiBase: e.YOUTUBE_ANALYTICS_API_BASE_URL.replace(/\/$/, ""),
    // Incremental consent must use the sign-in's client for include_granted_scopes.
    clientId: e.YOUTUBE_CLIENT_ID ?? e.GOOGLE_CLIENT_ID ?? "",
    clientSecret: e.YOUTUBE_CLIENT_SECRET ?? e.GOOGLE_CLIENT_SECRET ?? "",
    redirectUri: `${e.NEXTAUTH_URL.replace(/\/$/, "")}/api/youtube/callback`,
    tokenKey: secretBoxKey(e.TOKEN_ENCRYPTION_KEY),
  };
}
