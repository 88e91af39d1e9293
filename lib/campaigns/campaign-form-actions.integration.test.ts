// The campaign form's server actions: same schema and field messages as the API,
// same tenant scope.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db/client";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { createCampaignFormAction, updateCampaignFormAction } from "./campaign-form-actions";

const as = (id: string) => async () => loadSessionUser(id);

describe("campaign form actions", () => {
  let a: Awaited<ReturnType<typeof createBrandWithManager>>;
  let b: Awaited<ReturnType<typeof createBrandWithManager>>;
  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
  });

  it("creates a draft with audience, weights and filters", async () => {
    const res = await createCampaignFormAction(as(a.manager.id))({
      title: "Form launch",
      category: "beauty",
      budget: 20_000_000,
      targetAudience: { ageRanges: ["18-24"], genders: ["female"], countries: ["KR"] },
      matchingWeights: {
        audienceOverlap: 0.5,
        categoryMatch: 0.2,
        performancePrediction: 0.2,
        budgetFit: 0.1,
      },
      matchingFilters: { tiers: ["MID"], maxRatePerVideo: 3_000_000 },
    });
    expect(res.ok).toBe(true);
    const id = res.ok ? res.data.id : "";
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", brandId: a.brand.id, targetGenders: ["female"] });
    expect(row.matchingWeights).toEqual({
      audienceOverlap: 0.5,
      categoryMatch: 0.2,
      performancePrediction: 0.2,
      budgetFit: 0.1,
    });
  });

  it("answers bad fields with the schema's messages, by field", async () => {
    const res = await createCampaignFormAction(as(a.manager.id))({
      title: "x",
      category: "beauty",
      budget: -1,
      matchingWeights: {
        audienceOverlap: 0,
        categoryMatch: 0,
        performancePrediction: 0,
        budgetFit: 0,
      },
    });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(Object.keys(res.error.fields ?? {}).sort()).toEqual([
        "budget",
        "matchingWeights",
        "title",
      ]);
    }
  });

  it("edits the brand's own campaign only", async () => {
    const mine = await createCampaignFor(a.brand.id);
    const theirs = await createCampaignFor(b.brand.id);
    const edit = updateCampaignFormAction(as(a.manager.id));
    expect(await edit({ campaignId: mine.id, patch: { title: "Renamed" } })).toEqual({
      ok: true,
      data: { id: mine.id },
    });
    const denied = await edit({ campaignId: theirs.id, patch: { title: "Mine now" } });
    expect(denied).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: theirs.id } })).title).not.toBe(
      "Mine now",
    );
  });
});
