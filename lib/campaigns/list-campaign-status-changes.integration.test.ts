import { describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { changeCampaignStatus } from "./change-campaign-status";
import { createCampaign } from "./create-campaign";
import { listCampaignStatusChanges } from "./list-campaign-status-changes";
import { CreateCampaignSchema } from "./schemas";

describe("listCampaignStatusChanges", () => {
  it("lists a campaign's moves oldest first with who made them, to its own brand only (another's is not found)", async () => {
    const mine = await createBrandWithManager();
    const theirs = await createBrandWithManager();
    const me = (await loadSessionUser(mine.manager.id))!;
    const campaign = await createCampaign(
      me,
      CreateCampaignSchema.parse({ title: "History", category: "beauty", budget: 1_000_000 }),
    );
    await changeCampaignStatus(me, campaign.id, "ACTIVE");
    await changeCampaignStatus(me, campaign.id, "PAUSED");

    const history = await listCampaignStatusChanges(me, campaign.id);
    expect(history.map(({ id: _, at: __, ...rest }) => rest)).toEqual([
      { from: null, to: "DRAFT", by: mine.manager.name },
      { from: "DRAFT", to: "ACTIVE", by: mine.manager.name },
      { from: "ACTIVE", to: "PAUSED", by: mine.manager.name },
    ]);
    expect(history[0].at.getTime()).toBeLessThanOrEqual(history[2].at.getTime());
    const other = (await loadSessionUser(theirs.manager.id))!;
    await expect(listCampaignStatusChanges(other, campaign.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
