import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/notify/notifications";

export const dynamic = "force-dynamic";

const Body = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(100) }),
  z.object({ all: z.literal(true) }),
]);

// POST /api/v1/notifications/read – mark some ({ids}) or all ({all: true}) of the caller's notifications read
// (a person's own notifications: not for brand API tokens)
export const POST = apiRoute({ body: Body, scope: false }, async ({ user, body }) => ({
  marked: await markNotificationsRead(pool, user.id, "all" in body ? "all" : body.ids),
}));
