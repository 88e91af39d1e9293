// The match page's sponsored videos: what the campaign is credited with (views gained
// since the baseline), when they were last read, and the creator's form to link more.
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { useFormat } from "@/lib/i18n/use-format";
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
  const t = useTranslations("report");
  const { formatDateTime, formatInteger } = useFormat();
  return (
    <Card className="mt-6" title={t("videos.title")} description={t("definitions.views")}>
      {videos.length === 0 ? (
        <p className="text-sm text-slate-500">{t("videos.none")}</p>
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
                  ? t("videos.baselinePending")
                  : t("videos.gained", {
                      gained: formatInteger(v.gainedViews),
                      baseline: formatInteger(v.baselineViews),
                    })}
              </span>
              <span className="w-full text-xs text-slate-500">
                {v.lastSyncError
                  ? t("videos.lastReadFailed", {
                      when: formatDateTime(v.lastSyncedAt),
                      error: v.lastSyncError,
                    })
                  : t("videos.lastRead", { when: formatDateTime(v.lastSyncedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canLink ? <LinkVideoForm matchId={matchId} linkVideo={linkVideo} /> : null}
    </Card>
  );
}
