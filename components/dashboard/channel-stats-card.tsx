// One channel's statistics, each with its definition and the data's provenance.
import { Card } from "@/components/ui/card";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { ChannelStats } from "@/lib/creators/get-creator-home";
import { SourceBadge, TierBadge } from "./status-badge";

export function ChannelStatsCard({ channel }: { channel: ChannelStats }) {
  const t = useTranslations("channel");
  const td = useTranslations("definitions");
  const tPlatform = useTranslations("enums.platform");
  const { formatCompact, formatDate, formatInteger, formatPercent } = useFormat();
  const stats = [
    {
      label: t("subscribers"),
      value: channel.subscribersHidden ? t("hidden") : formatInteger(channel.subscribers),
      note: channel.subscribersHidden ? t("hiddenNote") : undefined,
    },
    { label: t("tier"), value: <TierBadge tier={channel.tier} />, note: td("tier") },
    {
      label: t("medianViews"),
      value: formatInteger(channel.medianViews),
      note: td("medianViews"),
    },
    {
      label: t("engagementRate"),
      value: formatPercent(channel.engagementRate, 2),
      note: td("channelEngagement"),
    },
    { label: t("lastUpload"), value: formatDate(channel.lastVideoAt) },
    {
      label: t("totalViews"),
      value: formatCompact(channel.totalViews),
      note: t("videos", { count: formatInteger(channel.videoCount) }),
    },
  ];
  return (
    <Card
      title={
        <span className="flex flex-wrap items-center gap-2">
          {channel.url ? (
            <a
              href={channel.url}
              className="hover:underline"
              rel="noopener noreferrer"
              target="_blank"
            >
              {channel.title}
            </a>
          ) : (
            channel.title
          )}
          <span className="text-xs font-normal text-slate-500">
            {tPlatform.has(channel.platform) ? tPlatform(channel.platform) : channel.platform}
            {channel.handle ? ` · ${channel.handle}` : ""}
          </span>
        </span>
      }
      action={<SourceBadge source={channel.source} fetchedAt={channel.fetchedAt} />}
    >
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="min-w-0 rounded-lg bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{s.label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{s.value}</dd>
            {s.note ? (
              <dd className="mt-1 text-[11px] leading-snug text-slate-500">{s.note}</dd>
            ) : null}
          </div>
        ))}
      </dl>
    </Card>
  );
}
