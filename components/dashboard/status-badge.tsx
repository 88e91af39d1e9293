// Badges for the workflow states and data provenance used across the role pages.
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useFormat } from "@/lib/i18n/use-format";

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
  const t = useTranslations("enums.matchStatus");
  return (
    <Badge tone={MATCH_TONE[status] ?? "neutral"}>
      {t.has(status) ? t(status) : titleCase(status)}
    </Badge>
  );
}

export function CampaignStatusBadge({ status }: { status: string }) {
  const t = useTranslations("enums.campaignStatus");
  return (
    <Badge tone={CAMPAIGN_TONE[status] ?? "neutral"}>
      {t.has(status) ? t(status) : titleCase(status)}
    </Badge>
  );
}

// One translator per namespace (never the whole tree): a client component only has the
// namespaces in i18n/client-messages.ts, and a literal namespace lets the test check that.
export function TierBadge({ tier }: { tier: string | null }) {
  const tc = useTranslations("channel");
  const td = useTranslations("definitions");
  const te = useTranslations("enums.tier");
  if (!tier) return <Badge>{tc("noChannel")}</Badge>;
  return (
    <Badge tone="violet" title={td("tier")}>
      {te.has(tier) ? te(tier) : tier}
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
  const t = useTranslations("channel");
  const te = useTranslations("enums.source");
  const { formatDateTime } = useFormat();
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
      <Badge
        tone={verified ? "green" : "amber"}
        title={verified ? t("verifiedTitle") : t("estimatedTitle")}
      >
        {te(source)}
      </Badge>
      <span>{t("fetched", { when: formatDateTime(fetchedAt) })}</span>
    </span>
  );
}
