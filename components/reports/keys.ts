// Query keys of the report screens, from one factory.
export const reportKeys = {
  all: ["reports"] as const,
  series: (campaignId: string, grain: string) =>
    [...reportKeys.all, "series", campaignId, grain] as const,
};
