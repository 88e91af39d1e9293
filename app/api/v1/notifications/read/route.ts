import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/notify/notifications";
import { MarkedSchema, MarkReadSchema } from "@/lib/notify/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// POST /api/v1/notifications/read – mark some ({ids}) or all ({all: true}) of the caller's notifications read
// (a person's own notifications: not for brand API tokens)
export const POST = apiRoute(
  {
    body: MarkReadSchema,
    scope: false,
    docs: {
      summary: "Mark notifications read",
      response: { schema: MarkedSchema },
      examples: { body: { all: true }, response: { marked: 3 } },
    },
  },
  async ({ user, body }) => ({
    marked: await markNotificationsRead(pool, user.id, body.all ? "all" : (body.ids ?? [])),
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
