// What the app asks Google for; shared with the local stand-in so that it grants the
// same scopes. No server-only import: scripts/dev/oidc-provider.ts reads it too.

/** Sign-in asks only who the person is: a brand manager has no channel to share. */
export const GOOGLE_SIGN_IN_SCOPES = ["openid", "email", "profile"] as const;

/**
 * Asked later, incrementally (include_granted_scopes), when a creator connects a
 * channel: read-only YouTube access makes their channel statistics (Data API) and
 * audience demographics (Analytics API) "verified" data.
 */
export const YOUTUBE_SCOPES = [
  "https://www.googleapis.com/auth/youtube.readonly",
  "https://www.googleapis.com/auth/yt-analytics.readonly",
] as const;
