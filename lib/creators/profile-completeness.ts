// The onboarding completeness meter: what each part of a profile is worth. What each
// part changes in how brands find the creator is said in the engine's own terms
// (messages/*/creatorProfile.json, completeness.parts.<key>.effect). Verified data is
// worth more than typed data because the engine trusts it more.
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
  points: number;
  earned: number;
};

export function profileCompleteness(input: CompletenessInput): {
  percent: number;
  parts: CompletenessPart[];
} {
  const part = (key: CompletenessPart["key"], points: number, earned: number) => ({
    key,
    points,
    earned,
  });
  const parts: CompletenessPart[] = [
    part("channel", 25, input.channel === "verified" ? 25 : input.channel === "estimated" ? 12 : 0),
    part("audience", 20, input.audience ? 20 : 0),
    part("categories", 20, input.categories > 0 ? 20 : 0),
    part("region", 10, input.region ? 10 : 0),
    part("languages", 5, input.languages > 0 ? 5 : 0),
    part("rates", 20, input.rates > 0 ? 20 : 0),
  ];
  return { percent: parts.reduce((s, p) => s + p.earned, 0), parts };
}
