// /creator – a creator's own profile, channel statistics, onboarding and proposals.
import type { Metadata } from "next";
import Link from "next/link";
import { Chart } from "@/components/charts/chart";
import { ChannelStatsCard } from "@/components/dashboard/channel-stats-card";
import { OnboardingChecklist } from "@/components/dashboard/onboarding-checklist";
import { ProposalList } from "@/components/dashboard/proposal-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/reporting/format";
import { getChannelViewSeries } from "@/lib/creators/get-channel-view-series";
import { getCreatorHome } from "@/lib/creators/get-creator-home";
import { getCreatorAudience } from "@/lib/creators/get-creator-audience";
import { pool } from "@/lib/db/client";
import { AudienceBreakdown } from "@/components/youtube/audience-breakdown";
import { listCreatorProposals } from "@/lib/reporting/list-creator-proposals";

export const metadata: Metadata = { title: "Creator home · Creator Match" };

export default async function CreatorHomePage() {
  const user = await requireUser(["CREATOR"]);
  const home = user.creatorId ? await getCreatorHome(user.creatorId) : null;
  if (!user.creatorId || !home) {
    return (
      <>
        <PageHeader title="Creator home" />
        <EmptyState
          title="Your creator profile is not set up yet"
          action={
            <Link
              href="/onboarding"
              className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
            >
              Start onboarding
            </Link>
          }
        >
          Connect your YouTube channel and complete your profile so brands can find you.
        </EmptyState>
      </>
    );
  }

  const primary = home.channels[0];
  const [proposals, views, audience] = await Promise.all([
    listCreatorProposals(home.id, { limit: 20 }),
    primary ? getChannelViewSeries(home.id, primary.id, { limit: 50 }) : Promise.resolve([]),
    getCreatorAudience(pool, home.id),
  ]);
  const rates = [
    { label: "Per video", value: home.rateCard.perVideo },
    { label: "Per short", value: home.rateCard.perShort },
    { label: "Per post", value: home.rateCard.perPost },
    { label: "Per store visit", value: home.rateCard.perVisit },
  ];

  return (
    <>
      <PageHeader title="Creator home" description={`Welcome back, ${home.displayName}`} />

      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Profile" className="lg:col-span-1">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-xs font-medium text-slate-500">Name</dt>
              <dd className="font-medium text-slate-900">{home.displayName}</dd>
              {home.bio ? <dd className="mt-1 text-slate-600">{home.bio}</dd> : null}
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">Categories</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {home.categories.length ? (
                  home.categories.map((c) => (
                    <span
                      key={c}
                      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
                    >
                      {c}
                    </span>
                  ))
                ) : (
                  <span className="text-slate-500">None yet</span>
                )}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">Region</dt>
              <dd className="text-slate-900">
                {home.region ?? "Not set"} · {home.country}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">
                Rate card ({home.rateCard.currency})
              </dt>
              <dd>
                <ul className="mt-1 space-y-0.5">
                  {rates.map((r) => (
                    <li key={r.label} className="flex justify-between gap-2">
                      <span className="text-slate-600">{r.label}</span>
                      <span className="font-medium tabular-nums text-slate-900">
                        {r.value === null ? "—" : formatMoney(r.value, home.rateCard.currency)}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
        </Card>

        <div className="space-y-4 lg:col-span-2">
          {home.channels.length ? (
            home.channels.map((ch) => <ChannelStatsCard key={ch.id} channel={ch} />)
          ) : (
            <Card title="Channel statistics">
              <EmptyState
                title="No channel connected"
                action={
                  <Link
                    href="/creator/youtube"
                    className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
                  >
                    Connect YouTube
                  </Link>
                }
              >
                Connect your YouTube channel to show its statistics here.
              </EmptyState>
            </Card>
          )}
          {audience ? <AudienceBreakdown audience={audience} /> : null}
        </div>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Card
          title="Onboarding"
          description={
            home.onboardingComplete
              ? "All steps done"
              : "Finish these so brands can send you proposals"
          }
          action={
            home.onboardingComplete ? null : (
              <Link
                href="/onboarding"
                className="text-sm font-medium text-blue-700 hover:underline"
              >
                Continue
              </Link>
            )
          }
        >
          <OnboardingChecklist steps={home.onboarding} />
        </Card>
        <Card
          className="lg:col-span-2"
          title="Views of recent videos"
          description={
            primary
              ? `${primary.title}: views of the last ${views.length} videos, oldest first`
              : "No channel connected"
          }
        >
          {views.length ? (
            <Chart
              kind="bar"
              title={`Views of the last ${views.length} videos`}
              data={views}
              xFormat="day"
              series={[{ key: "y", label: "Views" }]}
              tooltipLabelKey="title"
              height={220}
            />
          ) : (
            <EmptyState title="No videos yet">
              Views appear here once your channel has videos.
            </EmptyState>
          )}
        </Card>
      </div>

      <Card
        id="proposals"
        className="mt-4 scroll-mt-20"
        title="Recent proposals"
        description="Brands that have contacted you, most recent activity first"
      >
        <ProposalList rows={proposals} />
      </Card>
    </>
  );
}
