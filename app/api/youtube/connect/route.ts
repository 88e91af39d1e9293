import { apiRoute } from "@/lib/api/route";
import { youtubeConfig } from "@/lib/youtube/config";
import { CONSENT_COOKIE, CONSENT_TTL_SECONDS, sealConsentState } from "@/lib/youtube/consent-state";
import { consentUrl, newPkcePair } from "@/lib/youtube/oauth";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/youtube/connect – sends a creator to Google's consent screen for the two
// read-only YouTube scopes (brand managers and admins get 403: they have no channel).
export const GET = apiRoute({ roles: ["CREATOR"] }, async ({ user }) => {
  const config = youtubeConfig();
  const pkce = newPkcePair();
  const { state, cookie } = sealConsentState(config.tokenKey, {
    verifier: pkce.verifier,
    userId: user.id,
  });
  const location = consentUrl(config, {
    state,
    codeChallenge: pkce.challenge,
    loginHint: user.email,
  });
  const secure = config.redirectUri.startsWith("https:") ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location,
      "set-cookie": `${CONSENT_COOKIE}=${cookie}; Path=/api/youtube/callback; Max-Age=${CONSENT_TTL_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
