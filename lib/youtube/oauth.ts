// Google's OAuth 2.0 for a web server app, for the YouTube scopes only: the consent URL
// (authorization code + PKCE, offline access, incremental), the code exchange, the
// refresh and the revocation. Sign-in itself stays with next-auth.
import { createHash, randomBytes } from "node:crypto";
import { YOUTUBE_SCOPES } from "../auth/google-scopes.ts";
import type { YoutubeConfig } from "./config.ts";
import { YoutubeApiError } from "./errors.ts";

export type TokenSet = {
  accessToken: string;
  /** Absent on a refresh: Google keeps the one issued at consent. */
  refreshToken?: string;
  expiresAt: Date;
  scopes: string[];
};

export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function consentUrl(
  config: YoutubeConfig,
  input: { state: string; codeChallenge: string; loginHint: string },
): string {
  const url = new URL(config.authUrl);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: "code",
    scope: YOUTUBE_SCOPES.join(" "),
    // Keep what sign-in granted and add YouTube to it, rather than a second grant.
    include_granted_scopes: "true",
    // A refresh token, so the hourly job can sync without the creator present; consent
    // every time, since Google issues a refresh token only on a consent screen.
    access_type: "offline",
    prompt: "consent",
    state: input.state,
    code_challenge: input.codeChallenge,
    code_challenge_method: "S256",
    login_hint: input.loginHint,
  }).toString();
  return url.toString();
}

type TokenResponse = {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
};

async function tokenRequest(config: YoutubeConfig, params: Record<string, string>, now: Date) {
  const res = await fetch(config.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      ...params,
      client_id: config.clientId,
      client_secret: config.clientSecret,
    }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json().catch(() => ({}))) as TokenResponse;
  if (!res.ok || !body.access_token) {
    // invalid_grant: the refresh token was revoked or expired; the creator must reconnect.
    throw new YoutubeApiError(
      body.error === "invalid_grant" || res.status === 401 ? "auth" : "other",
      res.status,
      body.error ?? "token_error",
      body.error_description ?? `token endpoint answered ${res.status}`,
    );
  }
  return {
    accessToken: body.access_token,
    ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
    expiresAt: new Date(now.getTime() + (body.expires_in ?? 3600) * 1000),
    scopes: (body.scope ?? "").split(/\s+/).filter(Boolean),
  } satisfies TokenSet;
}

export function exchangeCode(
  config: YoutubeConfig,
  code: string,
  verifier: string,
  now = new Date(),
): Promise<TokenSet> {
  return tokenRequest(
    config,
    {
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      redirect_uri: config.redirectUri,
    },
    now,
  );
}

export function refreshAccessToken(
  config: YoutubeConfig,
  refreshToken: string,
  now = new Date(),
): Promise<TokenSet> {
  return tokenRequest(config, { grant_type: "refresh_token", refresh_token: refreshToken }, now);
}

/** Best effort: the tokens are deleted on our side whatever Google answers. */
export async function revokeToken(config: YoutubeConfig, token: string): Promise<boolean> {
  try {
    const res = await fetch(config.revokeUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}
