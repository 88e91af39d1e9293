// The creator onboarding steps in order, and where a creator stands in them.
import type { OnboardingStep } from "@/lib/db/generated/enums";

type Step = Exclude<OnboardingStep, "DONE">;

const STEPS: { step: Step; title: string; description: string }[] = [
  {
    step: "CONNECT_CHANNEL",
    title: "Connect your YouTube channel",
    description:
      "We read your channel statistics and your last 50 videos, and — with your permission — your audience's age, gender and country from YouTube Analytics. Figures from your own analytics are shown to brands as verified.",
  },
  {
    step: "PROFILE",
    title: "Complete your profile",
    description:
      "Your categories, home region and languages decide which campaigns you are matched with.",
  },
  {
    step: "RATE_CARD",
    title: "Set your rates",
    description:
      "Your price per video, per short, per post and per store visit, used to estimate budget fit before a brand proposes.",
  },
];

export type StepStatus = "done" | "current" | "upcoming";

export function onboardingProgress(current: OnboardingStep) {
  const index = current === "DONE" ? STEPS.length : STEPS.findIndex((s) => s.step === current);
  return STEPS.map((s, i) => ({
    ...s,
    status: (i < index ? "done" : i === index ? "current" : "upcoming") as StepStatus,
  }));
}
