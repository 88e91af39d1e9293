// /onboarding – a creator's first steps after their first Google sign-in: connect
// YouTube (or type Instagram / TikTok figures, labelled estimated), profile, rate card,
// with a completeness meter that says what each step changes for brands. Stays
// reachable after onboarding to edit the profile and rates.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChannelStatsCard } from "@/components/dashboard/channel-stats-card";
import { CompletenessMeter } from "@/components/onboarding/completeness-meter";
import { ProfileForm } from "@/components/onboarding/profile-form";
import { RateCardForm } from "@/components/onboarding/rate-card-form";
import { TypedChannelForm } from "@/components/onboarding/typed-channel-form";
import { AppShell } from "@/components/ui/app-shell";
import { NAV_BY_ROLE } from "@/components/workflow/nav";
import { requireUser } from "@/lib/auth/guards";
import { getCreatorAudience } from "@/lib/creators/get-creator-audience";
import { getCreatorHome } from "@/lib/creators/get-creator-home";
import { profileCompleteness } from "@/lib/creators/profile-completeness";
import { pool, prisma } from "@/lib/db/client";
import type { OnboardingStep } from "@/lib/db/generated/enums";
import { getYoutubeConnection } from "@/lib/youtube/get-youtube-connection";
import { onboardingProgress } from "./steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding"))("metaTitle") };
}

export default async function OnboardingPage() {
  const user = await requireUser(["CREATOR"]);
  const t = await getTranslations("onboarding");
  const tp = await getTranslations("creatorProfile");
  const ty = await getTranslations("youtube.panel");
  const creatorId = user.creatorId;
  const [creator, home, audience, connection] = creatorId
    ? await Promise.all([
        prisma.creator.findUnique({
          where: { id: creatorId },
          select: { displayName: true, onboardingStep: true },
        }),
        getCreatorHome(creatorId),
        getCreatorAudience(pool, creatorId),
        getYoutubeConnection(pool, creatorId),
      ])
    : [null, null, null, null];
  const step: OnboardingStep = creator?.onboardingStep ?? "CONNECT_CHANNEL";
  const steps = onboardingProgress(step);
  const channels = home?.channels ?? [];
  const rates = home?.rateCard ?? { perVideo: null, perShort: null, perPost: null, perVisit: null };
  const completeness = profileCompleteness({
    channel: channels.some((c) => c.source === "VERIFIED")
      ? "verified"
      : channels.length
        ? "estimated"
        : null,
    audience: audience !== null,
    categories: home?.categories.length ?? 0,
    region: !!home?.region,
    languages: home?.languages.length ?? 0,
    rates: [rates.perVideo, rates.perShort, rates.perPost, rates.perVisit].filter((r) => r && r > 0)
      .length,
  });

  const forms: Record<(typeof steps)[number]["step"], ReactNode> = {
    CONNECT_CHANNEL: (
      <div className="space-y-3">
        {channels.map((ch) => (
          <ChannelStatsCard key={ch.id} channel={ch} />
        ))}
        <div className="flex flex-wrap gap-2">
          <a
            href={connection ? "/creator/youtube" : "/api/youtube/connect"}
            className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700"
          >
            {connection ? ty("manage") : ty("connect")}
          </a>
        </div>
        {connection ? null : (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              {tp("typed.summary")}
            </summary>
            <p className="mt-2 text-xs text-slate-600">{tp("typed.note")}</p>
            <div className="mt-3">
              <TypedChannelForm />
            </div>
          </details>
        )}
      </div>
    ),
    PROFILE: (
      <ProfileForm
        categories={home?.categories ?? []}
        region={home?.region ?? null}
        district={home?.district ?? null}
        languages={home?.languages ?? []}
      />
    ),
    RATE_CARD: <RateCardForm rates={rates} />,
  };

  return (
    <AppShell
      user={user}
      nav={
        step === "DONE"
          ? NAV_BY_ROLE.CREATOR
          : [
              { href: "/onboarding", label: "getStarted" },
              { href: "/creator", label: "home" },
            ]
      }
    >
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-semibold text-slate-900">
          {t("welcome", { name: user.name ?? creator?.displayName ?? user.email })}
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          {t.rich("signedInAs", {
            email: user.email,
            em: (chunks) => <span className="break-all font-medium text-slate-800">{chunks}</span>,
          })}
        </p>

        <div className="mt-6">
          <CompletenessMeter {...completeness} />
        </div>

        <ol aria-label={t("stepsLabel")} className="mt-6 space-y-4">
          {steps.map((s, i) => (
            <li
              key={s.step}
              aria-current={s.status === "current" ? "step" : undefined}
              className={`rounded-lg border bg-white p-4 ${s.status === "current" ? "border-blue-600 ring-1 ring-blue-600" : "border-slate-200"}`}
            >
              <div className="flex items-start gap-3">
                <span
                  aria-hidden="true"
                  className={`flex h-7 w-7 flex-none items-center justify-center rounded-full text-sm font-semibold ${
                    s.status === "done"
                      ? "bg-green-600 text-white"
                      : s.status === "current"
                        ? "bg-blue-600 text-white"
                        : "bg-slate-200 text-slate-600"
                  }`}
                >
                  {s.status === "done" ? "✓" : i + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <h2 className="text-base font-medium text-slate-900">
                    {t(`steps.${s.step}.title`)}
                  </h2>
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
                    {s.status === "done"
                      ? t("statusDone")
                      : s.status === "current"
                        ? t("statusCurrent")
                        : t("statusLater")}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">{t(`steps.${s.step}.description`)}</p>
                  <div className="mt-3">{forms[s.step]}</div>
                </div>
              </div>
            </li>
          ))}
        </ol>

        {step === "DONE" ? (
          <p className="mt-6 text-sm text-slate-700">
            {tp("onboarding.allSet")}{" "}
            <Link href="/creator" className="font-medium text-blue-700 hover:underline">
              {tp("onboarding.goHome")}
            </Link>
          </p>
        ) : null}
      </div>
    </AppShell>
  );
}
