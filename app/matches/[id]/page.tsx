// /matches/:id – one match, for the brand, the creator and admins (404 for anyone else).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SponsoredVideos } from "@/components/reports/sponsored-videos";
import { AppShell } from "@/components/ui/app-shell";
import { MatchView } from "@/components/workflow/match-view";
import { NAV_BY_ROLE } from "@/components/workflow/nav";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/matches/actor";
import { getMatch } from "@/lib/matches/get-match";
import { listMatchVideos } from "@/lib/reporting/videos/list-match-videos";
import { linkSponsoredVideo } from "./actions";
import { TrackingPanel } from "@/components/tracking/tracking-panel";
import { env } from "@/lib/env";
import { getMatchTracking } from "@/lib/tracking/match-tracking";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("matchMeta") };
}

export default async function MatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const actor = actorOf(user);
  const [match, tracking] = await Promise.all([
    getMatch(pool, actor, id),
    getMatchTracking(pool, actor, id),
  ]).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  // Sponsored videos belong to accepted and completed matches only.
  const won = match.status === "ACCEPTED" || match.status === "COMPLETED";
  const videos = won ? await listMatchVideos(pool, match.id) : [];
  return (
    <AppShell user={user} nav={NAV_BY_ROLE[user.role]}>
      <MatchView
        initial={match}
        role={user.role}
        tracking={
          <TrackingPanel
            tracking={tracking}
            baseUrl={env().NEXTAUTH_URL}
            canEdit={user.role !== "CREATOR"}
          />
        }
      />
      {won ? (
        <SponsoredVideos
          matchId={match.id}
          videos={videos}
          canLink={user.role === "CREATOR"}
          linkVideo={linkSponsoredVideo}
        />
      ) : null}
    </AppShell>
  );
}
