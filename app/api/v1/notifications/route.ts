import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { listNotifications } from "@/lib/notify/notifications";

export const dynamic = "force-dynamic";

const Query = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

// GET /api/v1/notifications – the caller's unread count and newest notifications
// (a person's own notifications: not for brand API tokens, hence scope: false)
export const GET = apiRoute({ query: Query, scope: false }, async ({ user, query }) =>
  listNotifications(pool, user.id, query.limit),
);
