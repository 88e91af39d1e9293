// Onboarding writes on a real Postgres: each reaches the feature store at once and
// moves the onboarding pointer; typed figures are stored as estimated.
import { describe, expect, it } from "vitest";
import { pool, prisma } from "@/lib/db/client";
import { createUser } from "@/test/helpers/fixtures";
import { loadSessionUser } from "@/lib/auth/session-user";
import { defineAction } from "@/lib/api/action";
import { ProfileSchema } from "./profile-schemas";
import { saveEstimatedChannel } from "./save-estimated-channel";
import { updateCreatorProfile, updateRateCard } from "./update-creator-profile";

let n = 0;
async function newCreator() {
  const user = await createUser("CREATOR", `onb-${Date.now().toString(36)}-${n++}@test.local`);
  const creator = await prisma.creator.create({ data: { userId: user.id, displayName: "블로거" } });
  return { user, creator };
}

describe("onboarding writes", () => {
  it("a creator without YouTube onboards with typed figures labelled estimated", async () => {
    const { creator } = await newCreator();
    const handle = `insta_${Date.now().toString(36)}`;
    await saveEstimatedChannel(pool, creator.id, {
      platform: "INSTAGRAM",
      handle: `@${handle}`,
      followers: 12_000,
      typicalViews: 3_000,
      engagementPercent: 4.5,
    });
    const ch = await prisma.channel.findFirstOrThrow({ where: { creatorId: creator.id } });
    expect(ch).toMatchObject({
      platform: "INSTAGRAM",
      externalId: handle,
      subscriberCount: 12_000,
      statsSource: "ESTIMATED",
      tier: "MID",
      medianViews: 3_000,
      engagementRate: 0.045,
    });
    const f = await prisma.creatorFeature.findUniqueOrThrow({ where: { creatorId: creator.id } });
    expect(f.subscribers).toBe(12_000);
    expect(f.audienceSource).not.toBe("VERIFIED");

    await updateCreatorProfile(pool, creator.id, {
      categories: ["food", "travel"],
      region: "Busan",
      district: "Busan:해운대구",
      languages: ["ko"],
    });
    expect(
      (await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).onboardingStep,
    ).toBe("RATE_CARD");
    const f2 = await prisma.creatorFeature.findUniqueOrThrow({ where: { creatorId: creator.id } });
    expect(f2.categories).toEqual(["food", "travel"]);
    expect([f2.region, f2.district]).toEqual(["Busan", "Busan:해운대구"]);

    await updateRateCard(pool, creator.id, {
      perVideo: null,
      perShort: null,
      perPost: 250_000,
      perVisit: 150_000,
    });
    const done = await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } });
    expect(done.onboardingStep).toBe("DONE");
    expect(done.ratePerPost).toBe(250_000n);
    expect(done.ratePerVisit).toBe(150_000n);
  });

  it("typed figures never take over another creator's account", async () => {
    const a = await newCreator();
    const b = await newCreator();
    const input = {
      platform: "TIKTOK" as const,
      handle: `tt_${Date.now().toString(36)}`,
      followers: 500,
      typicalViews: 100,
      engagementPercent: null,
    };
    await saveEstimatedChannel(pool, a.creator.id, input);
    await expect(
      saveEstimatedChannel(pool, b.creator.id, { ...input, followers: 9_999_999 }),
    ).rejects.toThrow(/another creator/);
    const ch = await prisma.channel.findFirstOrThrow({ where: { creatorId: a.creator.id } });
    expect(ch.subscriberCount).toBe(500);
  });

  it("the profile action answers field messages for bad input and refuses brand managers", async () => {
    const { user } = await newCreator();
    const action = defineAction(
      { input: ProfileSchema, roles: ["CREATOR"], currentUser: () => loadSessionUser(user.id) },
      async () => "saved",
    );
    const bad = await action({ categories: [], region: "Atlantis", languages: ["xx"] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe("validation_failed");
      expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual([
        "categories",
        "languages.0",
        "region",
      ]);
    }
    const manager = await createUser("BRAND_MANAGER");
    const asBrand = defineAction(
      { input: ProfileSchema, roles: ["CREATOR"], currentUser: () => loadSessionUser(manager.id) },
      async () => "saved",
    );
    const refused = await asBrand({ categories: ["food"], region: "Seoul", languages: ["ko"] });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
