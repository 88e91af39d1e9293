import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db/client";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import { changeCampaignStatusAction } from "./campaign-actions";

// The action as a given user would call it: the user is loaded from the database the
// way the session cookie path does; only reading the cookie is skipped.
const actingAs = (userId: string | null) =>
  changeCampaignStatusAction(async () => (userId ? loadSessionUser(userId) : null));

describe("changeCampaignStatus server action", () => {
  let a: Awaited<ReturnType<typeof createBrandWithManager>>;
  let b: Awaited<ReturnType<typeof createBrandWithManager>>;

  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
  });

  it("pauses the manager's own active campaign", async () => {
    const campaign = await createCampaignFor(a.brand.id);
    const result = await actingAs(a.manager.id)({ campaignId: campaign.id, status: "PAUSED" });
    expect(result).toEqual({ ok: true, data: { id: campaign.id, status: "PAUSED" } });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe(
      "PAUSED",
    );
  });

  it("cannot touch another brand's campaign, and changes nothing", async () => {
    const theirs = await createCampaignFor(b.brand.id);
    const result = await actingAs(a.manager.id)({ campaignId: theirs.id, status: "COMPLETED" });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe(
      "ACTIVE",
    );
  });

  it("refuses anonymous callers, creators, bad input and illegal moves", async () => {
    const campaign = await createCampaignFor(a.brand.id);
    const creator = await createUser("CREATOR");
    expect(await actingAs(null)({ campaignId: campaign.id, status: "PAUSED" })).toMatchObject({
      ok: false,
      error: { code: "unauthorized" },
    });
    expect(await actingAs(creator.id)({ campaignId: campaign.id, status: "PAUSED" })).toMatchObject(
      {
        ok: false,
        error: { code: "forbidden" },
      },
    );
    const invalid = await actingAs(a.manager.id)({ campaignId: "nope", status: "LAUNCHED" });
    expect(invalid).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    expect(Object.keys(invalid.ok ? {} : (invalid.error.fields ?? {})).sort()).toEqual([
      "campaignId",
      "status",
    ]);
    expect(
      await actingAs(a.manager.id)({ campaignId: campaign.id, status: "DRAFT" }),
    ).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });
});
