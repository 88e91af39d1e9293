"use client";
// Where the panel's figures came from: a Verified/Estimated badge with the fetch date
// per figure group (channel statistics, each audience dimension), and the last videos.
import { Badge } from "@/components/ui/badge";
import type { Provenance } from "@/lib/creators/load-creator-detail";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useCreatorDetail } from "./hooks";

function SourceBadge({ source, fetchedAt }: Provenance) {
  const t = useTranslations("creatorPanel");
  const te = useTranslations("enums.source");
  const { formatDate } = useFormat();
  return (
    <span className="whitespace-nowrap text-xs text-slate-500">
      <Badge tone={source === "verified" ? "green" : "amber"}>
        {te(source === "verified" ? "VERIFIED" : "ESTIMATED")}
      </Badge>{" "}
      {fetchedAt ? t("asOf", { date: formatDate(fetchedAt) }) : t("dateUnknown")}
    </span>
  );
}

export function CreatorProvenance({
  campaignId,
  creatorId,
  listFilters,
}: {
  campaignId: string;
  creatorId: string;
  /** the ranking's filters (a query string), so the panel and this share one request */
  listFilters: string;
}) {
  const detail = useCreatorDetail(campaignId, creatorId, listFilters);
  const t = useTranslations("creatorPanel");
  const { formatCompact, formatDate, formatInteger, formatPercent } = useFormat();
  if (detail.isPending) return <p className="text-sm text-slate-500">{t("sourcesLoading")}</p>;
  if (detail.isError) return <p className="text-sm text-red-700">{t("sourcesError")}</p>;
  const { channel, audience, videos } = detail.data.creator;
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("whereFrom")}</h3>
      <ul className="mt-1 space-y-1 text-sm" aria-label={t("figureSources")}>
        {channel ? (
          <li className="flex flex-wrap items-center justify-between gap-x-2">
            <span>
              {t("channelStats")}
              {channel.medianViews !== null
                ? ` · ${t("medianViews", { count: formatInteger(channel.medianViews) })}`
                : ""}
              {channel.engagementRate !== null
                ? ` · ${t("engagement", { pct: formatPercent(channel.engagementRate) })}`
                : ""}
            </span>
            <SourceBadge {...channel.stats} />
          </li>
        ) : null}
        {audience.map((a) => (
          <li key={a.dimension} className="flex flex-wrap items-center justify-between gap-x-2">
            <span>
              {t.has(`dimension.${a.dimension}`) ? t(`dimension.${a.dimension}`) : a.dimension}
            </span>
            <SourceBadge source={a.source} fetchedAt={a.fetchedAt} />
          </li>
        ))}
      </ul>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("lastVideos")}</h3>
      {videos.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noVideos")}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 text-sm" aria-label={t("lastVideos")}>
          {videos.map((v) => (
            <li key={v.publishedAt + v.views} className="py-1">
              <span className="block truncate">{v.title ?? t("untitled")}</span>
              <span className="text-xs text-slate-500">
                {formatDate(v.publishedAt)} ·{" "}
                {t("videoStats", {
                  views: formatCompact(v.views),
                  likes: formatCompact(v.likes),
                  comments: formatCompact(v.comments),
                  viewsN: v.views,
                  likesN: v.likes,
                  commentsN: v.comments,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
