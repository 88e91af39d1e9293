import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { actorOf } from "@/lib/matches/actor";
import { TransitionResultSchema, TransitionSchema } from "@/lib/matches/schemas";
import { transitionMatch } from "@/lib/matches/transition-match";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });

// POST /api/v1/matches/:id/transitions – one workflow step {to, version, note, offer?, actuals?}; 409 when the match moved on
export const POST = apiRoute(
  {
    params: Params,
    body: TransitionSchema,
    docs: {
      summary: "Move a match one workflow step",
      description:
        "PENDING → CONTACTED → RESPONDED → NEGOTIATING → ACCEPTED | REJECTED, ACCEPTED → COMPLETED. Send the `version` you read: 409 when the match moved on.",
      response: { schema: TransitionResultSchema },
      examples: {
        body: {
          to: "NEGOTIATING",
          version: 3,
          note: "Counter-offer",
          offer: { amount: 900000, deliverables: "One 60-second review video" },
        },
      },
    },
  },
  async ({ user, params, body }) => {
    const match = await transitionMatch(pool, actorOf(user), params.id, body);
    afterWorkflowCommit({ completed: match.status === "COMPLETED" });
    return { match };
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
