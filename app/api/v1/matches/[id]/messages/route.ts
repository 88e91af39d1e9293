import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { actorOf } from "@/lib/matches/actor";
import { listMessages, postMessage } from "@/lib/matches/match-messages";
import { MessageSchema, MessagesSchema } from "@/lib/matches/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });

// GET /api/v1/matches/:id/messages – the thread of a match: its newest 500, oldest first
export const GET = apiRoute(
  {
    params: Params,
    docs: {
      summary: "A match's messages",
      description: "The newest 500 messages of the thread, oldest first.",
      response: { schema: MessagesSchema },
    },
  },
  async ({ user, params }) => listMessages(pool, actorOf(user), params.id),
);

// POST /api/v1/matches/:id/messages – write to the other side
export const POST = apiRoute(
  {
    params: Params,
    body: MessageSchema,
    docs: {
      summary: "Write to the other side of a match",
      description: "Answers the thread as GET does: its newest 500 messages, oldest first.",
      response: { status: 201, schema: MessagesSchema },
      examples: { body: { body: "촬영 일정은 12월 첫째 주로 가능할까요?" } },
    },
  },
  async ({ user, params, body }) => {
    await postMessage(pool, actorOf(user), params.id, body.body);
    afterWorkflowCommit();
    return Response.json(await listMessages(pool, actorOf(user), params.id), { status: 201 });
  },
);

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
