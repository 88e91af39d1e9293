import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { youtubeConfig } from "@/lib/youtube/config";
import { disconnectYoutube } from "@/lib/youtube/disconnect-youtube";
import { getYoutubeConnection } from "@/lib/youtube/get-youtube-connection";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/youtube/connection – the caller's connection and its last sync (no tokens).
export const GET = apiRoute({ roles: ["CREATOR"] }, async ({ user }) => {
  const connection = user.creatorId ? await getYoutubeConnection(pool, user.creatorId) : null;
  if (!connection) throw notFound("YouTube connection");
  return { connection };
});

// DELETE /api/youtube/connection – "Disconnect": deletes the caller's tokens (revoked
// at Google too) and the analytics they gave access to.
export const DELETE = apiRoute({ roles: ["CREATOR"] }, async ({ user }) => {
  if (!user.creatorId) throw notFound("YouTube connection");
  return { disconnected: await disconnectYoutube(pool, youtubeConfig(), user.creatorId) };
});

export const { POST, PUT, PATCH, OPTIONS } = otherMethods({ GET, DELETE });
