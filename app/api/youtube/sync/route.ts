import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { youtubeConfig } from "@/lib/youtube/config";
import { syncYoutubeChannel } from "@/lib/youtube/sync-youtube-channel";
import { otherMethods } from "@/lib/api/method-not-allowed";

// POST /api/youtube/sync – "Refresh": syncs the caller's own connected channel now
// (the caller's creator id comes from the session; there is no id to point elsewhere).
export const POST = apiRoute({ roles: ["CREATOR"] }, async ({ user }) => {
  if (!user.creatorId) throw notFound("YouTube connection");
  const outcome = await syncYoutubeChannel(pool, youtubeConfig(), user.creatorId);
  if (outcome.status === "NOT_CONNECTED") throw notFound("YouTube connection");
  return { sync: outcome };
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
