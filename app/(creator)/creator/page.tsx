// /creator – a creator's own profile, channel statistics, onboarding and proposals.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/charts/chart";
import { ChannelStatsCard } from "@/components/dashboard/channel-stats-card";
import { OnboardingChecklist } from "@/components/dashboard/onboarding-checklist";
import { ProposalList } from "@/components/dashboard/proposal-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatCountry } from "@/lib/i18n/format";
import { getFormat } from "@/lib/i18n/get-format";
import { getChannelViewSeries } from "@/lib/creators/get-channel-view-series";
import { placeLabel } from "@/lib/matching/engine/district-label";
import { getCreatorHome } from "@/lib/creators/get-creator-home";
import { getCreatorAudience } from "@/lib/creators/get-creator-audience";
import { pool } from "@/lib/db/client";
import { AudienceBreakdown } from "@/components/youtube/audience-breakdown";
import { listCreatorProposals } from "@/lib/reporting/list-creator-proposals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creatorHome"))("metaTitle") };
}

export default async function CreatorHomePage() {
  const user = await requireUser(["CREATOR"]);
  const home = user.creatorId ? await getCreatorHome(user.creatorId) : null;
  const t = await getTranslations("creatorHome");
  const tv = await getTranslations("vocab");
  const { formatMoney, locale } = await getFormat();
  const regionName = (code: string) => formatCountry(locale, code);
  // "서울 마포구" / "Mapo-gu, Seoul", or the region (a name as written when it is no code)
  const region = (r: string) => (tv.has(`region.${r}`) ? tv(`region.${r}`) : r);
  const placeName = (place: string) => placeLabel(place, locale, region);
  if (!user.creatorId || !home) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState
          title={t("notSetUpTitle")}
          action={
            <Link
              href="/onboarding"
              className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
            >
              {t("startOnboarding")}
            </Link>
          }
        >
          {t("notSetUpText")}
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
    { label: t("perVideo"), value: home.rateCard.perVideo },
    { label: t("perShort"), value: home.rateCard.perShort },
    { label: t("perPost"), value: home.rateCard.perPost },
    { label: t("perVisit"), value: home.rateCard.perVisit },
  ];

  return (
    <>
      <PageHeader title={t("title")} description={t("welcomeBack", { name: home.displayName })} />

      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("profile")} className="lg:col-span-1">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("name")}</dt>
              <dd className="font-medium text-slate-900">{home.displayName}</dd>
              {home.bio ? <dd className="mt-1 text-slate-600">{home.bio}</dd> : null}
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("categories")}</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {home.categories.length ? (
                  home.categories.map((c) => (
                    <span
                      key={c}
                      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
                    >
                      {tv.has(`category.${c}`) ? tv(`category.${c}`) : c}
                    </span>
                  ))
                ) : (
                  <span className="text-slate-500">{t("noneYet")}</span>
                )}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("region")}</dt>
              <dd className="text-slate-900">
                {home.region ? placeName(home.district ?? home.region) : t("notSet")} ·{" "}
                {regionName(home.country)}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">
                {t("rateCard", { currency: home.rateCard.currency })}
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
            <Card title={t("channelStats")}>
              <EmptyState
                title={t("noChannelTitle")}
                action={
                  <Link
                    href="/creator/youtube"
                    className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
                  >
                    {t("connectYoutube")}
                  </Link>
                }
              >
                {t("noChannelText")}
              </EmptyState>
            </Card>
          )}
          {audience ? <AudienceBreakdown audience={audience} /> : null}
        </div>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Card
          title={t("onboarding")}
          description={home.onboardingComplete ? t("allDone") : t("finishThese")}
          action={
            home.onboardingComplete ? null : (
              <Link
                href="/onboarding"
                className="text-sm font-medium text-blue-700 hover:underline"
              >
                {t("continue")}
              </Link>
            )
          }
        >
          <OnboardingChecklist steps={home.onboarding} />
        </Card>
        <Card
          className="lg:col-span-2"
          title={t("views")}
          description={
            primary
              ? t("viewsText", { channel: primary.title, count: views.length })
              : t("noChannel")
          }
        >
          {views.length ? (
            <Chart
              kind="bar"
              title={t("viewsChart", { count: views.length })}
              data={views}
              xFormat="day"
              series={[{ key: "y", label: t("viewsSeries") }]}
              tooltipLabelKey="title"
              height={220}
            />
          ) : (
            <EmptyState title={t("noVideosTitle")}>{t("noVideosText")}</EmptyState>
          )}
        </Card>
      </div>

      <Card
        id="proposals"
        className="mt-4 scroll-mt-20"
        title={t("recentProposals")}
        description={t("recentProposalsText")}
      >
        <ProposalList rows={proposals} />
      </Card>
    </>
  );
}
