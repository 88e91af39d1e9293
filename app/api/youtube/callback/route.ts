import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { youtubeConfig } from "@/lib/youtube/config";
import { CONSENT_COOKIE, openConsentState } from "@/lib/youtube/consent-state";
import { exchangeCode } from "@/lib/youtube/oauth";
import { saveYoutubeConnection } from "@/lib/youtube/save-connection";
import { syncYoutubeChannel } from "@/lib/youtube/sync-youtube-channel";
import { otherMethods } from "@/lib/api/method-not-allowed";

// Google adds parameters of its own (authuser, prompt, hd...): accepted and ignored.
const Query = z.looseObject({
  code: z.string().max(2048).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
});

// GET /api/youtube/callback – Google's redirect after the consent screen: checks the
// state against the caller's sealed cookie, stores the grant, runs the first sync and
// sends the creator back to their page with the outcome in `?youtube=`.
export const GET = apiRoute({ roles: ["CREATOR"], query: Query }, async ({ req, user, query }) => {
  const config = youtubeConfig();
  const back = (outcome: string) => {
    const url = new URL("/creator/youtube", config.redirectUri);
    url.searchParams.set("youtube", outcome);
    return new Response(null, {
      status: 303,
      headers: {
        location: url.toString(),
        "set-cookie": `${CONSENT_COOKIE}=; Path=/api/youtube/callback; Max-Age=0; HttpOnly; SameSite=Lax`,
      },
    });
  };
  if (query.error) return back("denied");
  const verifier = openConsentState(config.tokenKey, req.cookies.get(CONSENT_COOKIE)?.value, {
    state: query.state ?? "",
    userId: user.id,
  });
  if (!verifier || !query.code || !user.creatorId) return back("expired");
  try {
    const tokens = await exchangeCode(config, query.code, verifier);
    await saveYoutubeConnection(pool, config, user.creatorId, tokens);
  } catch {
    return back("failed");
  }
  const outcome = await syncYoutubeChannel(pool, config, user.creatorId);
  return back(outcome.status === "OK" ? "connected" : outcome.status.toLowerCase());
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
