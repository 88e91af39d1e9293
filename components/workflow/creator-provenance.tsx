"use client";
// Where the panel's figures came from: a Verified/Estimated badge with the fetch date
// per figure group (channel statistics, each audience dimension), and the last videos.
import { Badge } from "@/components/ui/badge";
import type { Provenance } from "@/lib/creators/load-creator-detail";
import { formatCompact, formatDate, formatPercent } from "@/lib/reporting/format";
import { useCreatorDetail } from "./hooks";

function SourceBadge({ source, fetchedAt }: Provenance) {
  return (
    <span className="whitespace-nowrap text-xs text-slate-500">
      <Badge tone={source === "verified" ? "green" : "amber"}>
        {source === "verified" ? "Verified" : "Estimated"}
      </Badge>{" "}
      {fetchedAt ? `as of ${formatDate(fetchedAt)}` : "date unknown"}
    </span>
  );
}

const DIMENSION_LABEL: Record<string, string> = {
  age: "Audience age",
  gender: "Audience gender",
  country: "Audience countries",
  region: "Audience regions",
};

export function CreatorProvenance({
  campaignId,
  creatorId,
}: {
  campaignId: string;
  creatorId: string;
}) {
  const detail = useCreatorDetail(campaignId, creatorId);
  if (detail.isPending) return <p className="text-sm text-slate-500">Loading sources…</p>;
  if (detail.isError) return <p className="text-sm text-red-700">Could not load the sources.</p>;
  const { channel, audience, videos } = detail.data.creator;
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">Where the figures come from</h3>
      <ul className="mt-1 space-y-1 text-sm" aria-label="Figure sources">
        {channel ? (
          <li className="flex flex-wrap items-center justify-between gap-x-2">
            <span>
              Channel statistics
              {channel.medianViews !== null
                ? ` · ${formatCompact(channel.medianViews)} median views`
                : ""}
              {channel.engagementRate !== null
                ? ` · ${formatPercent(channel.engagementRate)} engagement`
                : ""}
            </span>
            <SourceBadge {...channel.stats} />
          </li>
        ) : null}
        {audience.map((a) => (
          <li key={a.dimension} className="flex flex-wrap items-center justify-between gap-x-2">
            <span>{DIMENSION_LABEL[a.dimension] ?? a.dimension}</span>
            <SourceBadge source={a.source} fetchedAt={a.fetchedAt} />
          </li>
        ))}
      </ul>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">Last videos</h3>
      {videos.length === 0 ? (
        <p className="text-sm text-slate-500">No videos stored.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 text-sm" aria-label="Last videos">
          {videos.map((v) => (
            <li key={v.publishedAt + v.views} className="py-1">
              <span className="block truncate">{v.title ?? "Untitled video"}</span>
              <span className="text-xs text-slate-500">
                {formatDate(v.publishedAt)} · {formatCompact(v.views)} views ·{" "}
                {formatCompact(v.likes)} likes · {formatCompact(v.comments)} comments
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
