import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { actorOf } from "@/lib/matches/actor";
import { reviewMatches } from "@/lib/matches/review-matches";
import { ReviewResultsSchema, ReviewSchema } from "@/lib/matches/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// POST /api/v1/admin/review-queue/decisions – approve or reject one or many proposals with a reason
export const POST = apiRoute(
  {
    roles: ["ADMIN"],
    body: ReviewSchema,
    docs: {
      summary: "Decide on proposals waiting for review",
      description: "Each decision is its own workflow step; one failure does not undo the others.",
      response: { schema: ReviewResultsSchema },
      examples: {
        body: {
          matchIds: ["0b7e4f9c-2d1a-4c3b-8e5f-6a7b8c9d0e1f"],
          decision: "APPROVE",
          reason: "Budget and audience fit the brand",
        },
        response: {
          results: [
            {
              id: "0b7e4f9c-2d1a-4c3b-8e5f-6a7b8c9d0e1f",
              ok: true,
              status: "CONTACTED",
              version: 2,
            },
          ],
        },
      },
    },
  },
  async ({ user, body }) => {
    const result = await reviewMatches(pool, actorOf(user), body);
    afterWorkflowCommit();
    return result;
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
