// Views of a creator's channel's last videos, oldest first, for the creator home
// chart. Scoped by creator as well as channel so that a caller cannot chart a channel
// that is not theirs by passing its id.
import { dayKey } from "../reporting/format.ts";
import { defaultDb, toNumber, type Queryable } from "../reporting/queryable.ts";

export type VideoPoint = { x: string; y: number; title: string };

export async function getChannelViewSeries(
  creatorId: string,
  channelId: string,
  opts: { limit?: number } = {},
  db: Queryable = defaultDb,
): Promise<VideoPoint[]> {
  const { rows } = await db.query<{ published_at: Date; views: string; title: string }>(
    `SELECT v.published_at, v.views::text AS views, v.title
       FROM videos v JOIN channels ch ON ch.id = v.channel_id
      WHERE v.channel_id = $1::uuid AND ch.creator_id = $2::uuid
      ORDER BY v.published_at DESC, v.id DESC LIMIT $3`,
    [channelId, creatorId, opts.limit ?? 50],
  );
  return rows
    .reverse()
    .map((r) => ({ x: dayKey(r.published_at), y: toNumber(r.views), title: r.title }));
}
