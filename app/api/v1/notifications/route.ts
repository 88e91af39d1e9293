import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { listNotifications } from "@/lib/notify/notifications";
import { ListNotificationsQuery, NotificationsSchema } from "@/lib/notify/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// GET /api/v1/notifications – the caller's unread count and newest notifications
// (a person's own notifications: not for brand API tokens, hence scope: false)
export const GET = apiRoute(
  {
    query: ListNotificationsQuery,
    scope: false,
    docs: { summary: "My notifications", response: { schema: NotificationsSchema } },
  },
  async ({ user, query }) => listNotifications(pool, user.id, query.limit),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
