import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { actorOf } from "@/lib/matches/actor";
import { getMatch } from "@/lib/matches/get-match";
import { MatchResponseSchema } from "@/lib/matches/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });

// GET /api/v1/matches/:id – one match with offers, history, actuals and the caller's next steps
export const GET = apiRoute(
  {
    params: Params,
    docs: {
      summary: "Get a match",
      description: "Offers, history, actuals and the statuses the caller may move it to.",
      response: { schema: MatchResponseSchema },
    },
  },
  async ({ user, params }) => ({
    match: await getMatch(pool, actorOf(user), params.id),
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
