import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { actorOf } from "@/lib/matches/actor";
import { listMessages, postMessage } from "@/lib/matches/match-messages";
import { MessageSchema } from "@/lib/matches/schemas";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });

// GET /api/v1/matches/:id/messages – the thread of a match, oldest first
export const GET = apiRoute({ params: Params }, async ({ user, params }) =>
  listMessages(pool, actorOf(user), params.id),
);

// POST /api/v1/matches/:id/messages – write to the other side
export const POST = apiRoute(
  { params: Params, body: MessageSchema },
  async ({ user, params, body }) => {
    await postMessage(pool, actorOf(user), params.id, body.body);
    afterWorkflowCommit();
    return Response.json(await listMessages(pool, actorOf(user), params.id), { status: 201 });
  },
);
