// One channel's statistics, each with its definition and the data's provenance.
import { Card } from "@/components/ui/card";
import { DEFINITIONS } from "@/lib/reporting/definitions";
import { formatCompact, formatDate, formatInteger, formatPercent } from "@/lib/reporting/format";
import type { ChannelStats } from "@/lib/creators/get-creator-home";
import { SourceBadge, TierBadge, platformLabel } from "./status-badge";

export function ChannelStatsCard({ channel }: { channel: ChannelStats }) {
  const stats = [
    {
      label: "Subscribers",
      value: channel.subscribersHidden ? "Hidden" : formatInteger(channel.subscribers),
      note: channel.subscribersHidden ? "The channel hides its subscriber count" : undefined,
    },
    { label: "Tier", value: <TierBadge tier={channel.tier} />, note: DEFINITIONS.tier },
    {
      label: "Median views",
      value: formatInteger(channel.medianViews),
      note: DEFINITIONS.medianViews,
    },
    {
      label: "Engagement rate",
      value: formatPercent(channel.engagementRate, 2),
      note: DEFINITIONS.channelEngagement,
    },
    { label: "Last upload", value: formatDate(channel.lastVideoAt) },
    {
      label: "Total views",
      value: formatCompact(channel.totalViews),
      note: `${formatInteger(channel.videoCount)} videos`,
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
            {platformLabel(channel.platform)}
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
