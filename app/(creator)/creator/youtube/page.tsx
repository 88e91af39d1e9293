// /creator/youtube – the creator's YouTube connection: connect, refresh, disconnect,
// and the figures it gives (verified statistics and the audience breakdown).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelStatsCard } from "@/components/dashboard/channel-stats-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AudienceBreakdown } from "@/components/youtube/audience-breakdown";
import { YoutubeConnectionPanel } from "@/components/youtube/youtube-connection-panel";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { getCreatorAudience } from "@/lib/creators/get-creator-audience";
import { getCreatorHome } from "@/lib/creators/get-creator-home";
import { getYoutubeConnection } from "@/lib/youtube/get-youtube-connection";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("youtube"))("metaTitle") };
}

export default async function CreatorYoutubePage({
  searchParams,
}: {
  searchParams: Promise<{ youtube?: string | string[] }>;
}) {
  const user = await requireUser(["CREATOR"]);
  const t = await getTranslations("youtube");
  const outcome = (await searchParams).youtube;
  const creatorId = user.creatorId;
  const [connection, home, audience] = creatorId
    ? await Promise.all([
        getYoutubeConnection(pool, creatorId),
        getCreatorHome(creatorId),
        getCreatorAudience(pool, creatorId),
      ])
    : [null, null, null];
  const youtube = home?.channels.filter((c) => c.platform === "YOUTUBE") ?? [];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-4">
        <Card title={t("connectionTitle")}>
          <YoutubeConnectionPanel
            connection={connection}
            outcome={typeof outcome === "string" ? outcome : null}
          />
        </Card>
        {youtube.map((ch) => (
          <ChannelStatsCard key={ch.id} channel={ch} />
        ))}
        {connection || audience ? <AudienceBreakdown audience={audience} /> : null}
      </div>
    </>
  );
}
