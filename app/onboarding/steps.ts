// The creator onboarding steps in order, and where a creator stands in them.
import type { OnboardingStep } from "@/lib/db/generated/enums";

type Step = Exclude<OnboardingStep, "DONE">;

// Titles and descriptions: onboarding.steps.<step> in messages/*/onboarding.json.
const STEPS: { step: Step }[] = [
  { step: "CONNECT_CHANNEL" },
  { step: "PROFILE" },
  { step: "RATE_CARD" },
];

export type StepStatus = "done" | "current" | "upcoming";

export function onboardingProgress(current: OnboardingStep) {
  const index = current === "DONE" ? STEPS.length : STEPS.findIndex((s) => s.step === current);
  return STEPS.map((s, i) => ({
    ...s,
    status: (i < index ? "done" : i === index ? "current" : "upcoming") as StepStatus,
  }));
}
