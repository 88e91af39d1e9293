// The creator onboarding checklist, judged from the data rather than from the stored
// step pointer alone, so a step completed some other way still shows as done.
export type OnboardingItem = {
  key: "CONNECT_CHANNEL" | "PROFILE" | "RATE_CARD";
  label: string;
  done: boolean;
  detail: string;
  /** What the page's translation needs besides the key (messages channel.checklist). */
  values: { count?: number; categories?: string[]; region?: string | null };
};

export function onboardingSteps(input: {
  channelCount: number;
  categories: string[];
  region: string | null;
  rateCard: { perVideo: number | null; perShort: number | null; perVisit: number | null };
}): OnboardingItem[] {
  const hasRate = [input.rateCard.perVideo, input.rateCard.perShort, input.rateCard.perVisit].some(
    (r) => r !== null && r > 0,
  );
  return [
    {
      key: "CONNECT_CHANNEL",
      label: "Connect your YouTube channel",
      done: input.channelCount > 0,
      detail:
        input.channelCount > 0
          ? `${input.channelCount} channel${input.channelCount > 1 ? "s" : ""} connected`
          : "Brands see your statistics once a channel is connected",
      values: { count: input.channelCount },
    },
    {
      key: "PROFILE",
      label: "Choose categories and region",
      done: input.categories.length > 0 && !!input.region,
      detail:
        input.categories.length > 0 && input.region
          ? `${input.categories.join(", ")} · ${input.region}`
          : "Matching uses them to find campaigns that fit you",
      values: { categories: input.categories, region: input.region },
    },
    {
      key: "RATE_CARD",
      label: "Set your rate card",
      done: hasRate,
      detail: hasRate
        ? "Brands see your rates with each proposal"
        : "A price per video, short or store visit",
      values: {},
    },
  ];
}
