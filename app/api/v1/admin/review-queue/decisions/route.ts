import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { actorOf } from "@/lib/matches/actor";
import { reviewMatches } from "@/lib/matches/review-matches";
import { ReviewSchema } from "@/lib/matches/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/admin/review-queue/decisions – approve or reject one or many proposals with a reason
export const POST = apiRoute({ roles: ["ADMIN"], body: ReviewSchema }, async ({ user, body }) => {
  const result = await reviewMatches(pool, actorOf(user), body);
  afterWorkflowCommit();
  return result;
});
