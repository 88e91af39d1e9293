// A user's in-app notifications: the unread count for the bell and the newest items.
import type { Queryable } from "../reporting/queryable.ts";

export async function listNotifications(db: Queryable, userId: string, limit = 20) {
  const [items, unread] = await Promise.all([
    db.query(
      `SELECT id, match_id, kind, title, body, read_at, created_at FROM notifications
        WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    ),
    db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    ),
  ]);
  return {
    unread: unread.rows[0].n as number,
    items: items.rows.map((r) => ({
      id: r.id as string,
      matchId: r.match_id as string | null,
      kind: r.kind as string,
      title: r.title as string,
      body: r.body as string,
      read: r.read_at !== null,
      at: new Date(r.created_at).toISOString(),
    })),
  };
}

/** Marks the given notifications (or all) of this user read; others' ids are ignored. */
export async function markNotificationsRead(
  db: Queryable,
  userId: string,
  ids: readonly string[] | "all",
): Promise<number> {
  const res =
    ids === "all"
      ? await db.query(
          `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
          [userId],
        )
      : await db.query(
          `UPDATE notifications SET read_at = now()
            WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
          [userId, ids],
        );
  return res.rowCount ?? 0;
}
