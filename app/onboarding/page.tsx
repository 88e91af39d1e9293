// /onboarding – a creator's first steps after their first Google sign-in. The steps and
// where the creator stands come from creators.onboarding_step.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/ui/app-shell";
import { requireUser } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/auth/home-path";
import { prisma } from "@/lib/db/client";
import type { OnboardingStep } from "@/lib/db/generated/enums";
import { onboardingProgress } from "./steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding"))("metaTitle") };
}

export default async function OnboardingPage() {
  const user = await requireUser(["CREATOR"]);
  const creator = user.creatorId
    ? await prisma.creator.findUnique({
        where: { id: user.creatorId },
        select: { displayName: true, onboardingStep: true, _count: { select: { channels: true } } },
      })
    : null;
  const step: OnboardingStep = creator?.onboardingStep ?? "CONNECT_CHANNEL";
  if (step === "DONE") redirect(homePathFor(user.role));
  const steps = onboardingProgress(step);
  const current = steps.find((s) => s.status === "current");
  const t = await getTranslations("onboarding");

  return (
    <AppShell user={user} nav={[{ href: "/onboarding", label: "getStarted" }]}>
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-semibold text-slate-900">
          {t("welcome", { name: user.name ?? creator?.displayName ?? user.email })}
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          {t.rich("signedInAs", {
            email: user.email,
            em: (chunks) => <span className="break-all font-medium text-slate-800">{chunks}</span>,
          })}
        </p>

        <ol aria-label={t("stepsLabel")} className="mt-8 space-y-4">
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
                <div>
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
                </div>
              </div>
            </li>
          ))}
        </ol>

        {current?.step === "CONNECT_CHANNEL" ? (
          <p className="mt-6 text-sm text-slate-600">
            {t("channelsSoFar")}{" "}
            <span className="font-medium text-slate-900">{creator?._count.channels ?? 0}</span>
          </p>
        ) : null}
      </div>
    </AppShell>
  );
}
