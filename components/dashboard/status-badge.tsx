// Badges for the workflow states and data provenance used across the role pages.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/reporting/format";
import { DEFINITIONS, TIER_LABEL } from "@/lib/reporting/definitions";

const MATCH_TONE: Record<string, BadgeTone> = {
  PENDING: "neutral",
  CONTACTED: "blue",
  RESPONDED: "teal",
  NEGOTIATING: "violet",
  ACCEPTED: "green",
  REJECTED: "red",
  COMPLETED: "green",
  EXPIRED: "amber",
};

const CAMPAIGN_TONE: Record<string, BadgeTone> = {
  DRAFT: "neutral",
  ACTIVE: "green",
  PAUSED: "amber",
  COMPLETED: "blue",
};

export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split("_")
    .map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(" ");
}

const PLATFORM_LABEL: Record<string, string> = {
  YOUTUBE: "YouTube",
  INSTAGRAM: "Instagram",
  TIKTOK: "TikTok",
};

export function platformLabel(platform: string): string {
  return PLATFORM_LABEL[platform] ?? titleCase(platform);
}

export function MatchStatusBadge({ status }: { status: string }) {
  return <Badge tone={MATCH_TONE[status] ?? "neutral"}>{titleCase(status)}</Badge>;
}

export function CampaignStatusBadge({ status }: { status: string }) {
  return <Badge tone={CAMPAIGN_TONE[status] ?? "neutral"}>{titleCase(status)}</Badge>;
}

export function TierBadge({ tier }: { tier: string | null }) {
  if (!tier) return <Badge>No channel</Badge>;
  return (
    <Badge tone="violet" title={DEFINITIONS.tier}>
      {TIER_LABEL[tier] ?? tier}
    </Badge>
  );
}

/** "Verified" = the creator's own YouTube Analytics; "Estimated" = public statistics. */
export function SourceBadge({
  source,
  fetchedAt,
}: {
  source: "VERIFIED" | "ESTIMATED";
  fetchedAt: Date | null;
}) {
  const verified = source === "VERIFIED";
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
      <Badge
        tone={verified ? "green" : "amber"}
        title={verified ? "From the creator's own YouTube Analytics" : "From public statistics"}
      >
        {verified ? "Verified" : "Estimated"}
      </Badge>
      <span>fetched {formatDateTime(fetchedAt)}</span>
    </span>
  );
}
