// The match page's sponsored videos: what the campaign is credited with (views gained
// since the baseline), when they were last read, and the creator's form to link more.
import { Card } from "@/components/ui/card";
import { DEFINITIONS } from "@/lib/reporting/definitions";
import { formatDateTime, formatInteger } from "@/lib/reporting/format";
import type { MatchVideoRow } from "@/lib/reporting/videos/list-match-videos";
import { LinkVideoForm, type LinkVideo } from "./link-video-form";

export function SponsoredVideos({
  matchId,
  videos,
  canLink,
  linkVideo,
}: {
  matchId: string;
  videos: MatchVideoRow[];
  canLink: boolean;
  linkVideo: LinkVideo;
}) {
  return (
    <Card className="mt-6" title="Sponsored videos" description={DEFINITIONS.views}>
      {videos.length === 0 ? (
        <p className="text-sm text-slate-500">No video linked yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {videos.map((v) => (
            <li key={v.id} className="flex flex-wrap justify-between gap-2 py-2">
              <a
                href={`https://www.youtube.com/watch?v=${v.videoId}`}
                className="font-medium text-blue-700 hover:underline"
                rel="noreferrer"
                target="_blank"
              >
                {v.videoId}
              </a>
              <span className="tabular-nums text-slate-700">
                {v.gainedViews === null
                  ? "baseline pending"
                  : `+${formatInteger(v.gainedViews)} views since ${formatInteger(v.baselineViews)}`}
              </span>
              <span className="w-full text-xs text-slate-500">
                {v.lastSyncError
                  ? `Last read failed ${formatDateTime(v.lastSyncedAt)}: ${v.lastSyncError}`
                  : `Last read ${formatDateTime(v.lastSyncedAt)} · read daily`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canLink ? <LinkVideoForm matchId={matchId} linkVideo={linkVideo} /> : null}
    </Card>
  );
}
