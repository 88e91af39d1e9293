// Server action: a creator links a sponsored video to their match (defineAction: session,
// role, zod input; the domain checks the match is theirs and accepted).
import { z } from "zod";
import { defineAction } from "../../api/action.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { pool } from "../../db/client.ts";
import { linkMatchVideo } from "./link-match-video.ts";
import { VIDEO_INPUT_MAX } from "./parse-video-id.ts";
import { videoStatsFromEnv } from "./video-stats-from-env.ts";
import type { VideoStatsSource } from "./video-stats-source.ts";

export const LinkVideoSchema = z.strictObject({
  matchId: z.uuid(),
  video: z.string().trim().min(1, "Paste a YouTube video link").max(VIDEO_INPUT_MAX),
});

export function linkMatchVideoAction(
  currentUser?: () => Promise<SessionUser | null>,
  source?: VideoStatsSource,
) {
  return defineAction(
    { input: LinkVideoSchema, roles: ["CREATOR"], currentUser },
    (input, { user }) => linkMatchVideo(pool, source ?? videoStatsFromEnv(), user, input),
  );
}
