// The onboarding completeness meter: what each part of a profile is worth, and what it
// changes in how brands find the creator, in the engine's own terms (README "How the
// engine judges a creator"). Verified data is worth more than typed data because the
// engine trusts it more.
export type CompletenessInput = {
  channel: "verified" | "estimated" | null;
  audience: boolean;
  categories: number;
  region: boolean;
  languages: number;
  rates: number;
};

export type CompletenessPart = {
  key: "channel" | "audience" | "categories" | "region" | "languages" | "rates";
  label: string;
  points: number;
  earned: number;
  /** How this part changes the way brands find the creator. */
  effect: string;
};

export function profileCompleteness(input: CompletenessInput): {
  percent: number;
  parts: CompletenessPart[];
} {
  const parts: CompletenessPart[] = [
    {
      key: "channel",
      label: "Channel statistics",
      points: 25,
      earned: input.channel === "verified" ? 25 : input.channel === "estimated" ? 12 : 0,
      effect:
        "Performance (25% of every fit score) is predicted from your recent views; verified figures raise the confidence brands see.",
    },
    {
      key: "audience",
      label: "Audience age, gender and country",
      points: 20,
      earned: input.audience ? 20 : 0,
      effect:
        "Audience fit is 35% of the score: without your own analytics it is estimated, and brands see lower confidence.",
    },
    {
      key: "categories",
      label: "Categories",
      points: 20,
      earned: input.categories > 0 ? 20 : 0,
      effect: "Category match is 25% of the score; your first category counts most.",
    },
    {
      key: "region",
      label: "Home region",
      points: 10,
      earned: input.region ? 10 : 0,
      effect: "Local stores' visit campaigns rank creators near them first.",
    },
    {
      key: "languages",
      label: "Languages",
      points: 5,
      earned: input.languages > 0 ? 5 : 0,
      effect: "Shown on your profile, so brands abroad know you can speak to their audience.",
    },
    {
      key: "rates",
      label: "Rate card",
      points: 20,
      earned: input.rates > 0 ? 20 : 0,
      effect:
        "Budget efficiency is 15% of the score; without a rate brands see an estimate, a 'rate unknown' risk and lower confidence.",
    },
  ];
  const percent = parts.reduce((s, p) => s + p.earned, 0);
  return { percent, parts };
}
