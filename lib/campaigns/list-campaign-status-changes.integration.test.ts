import { describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { pool } from "@/lib/db/client";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { changeCampaignStatus } from "./change-campaign-status";
import { createCampaign } from "./create-campaign";
import { listCampaignStatusChanges } from "./list-campaign-status-changes";
import { CreateCampaignSchema, STATUS_HISTORY_MAX } from "./schemas";

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

describe("a long status history", () => {
  it("shows its newest STATUS_HISTORY_MAX moves, oldest first", async () => {
    const { manager } = await createBrandWithManager();
    const me = (await loadSessionUser(manager.id))!;
    const campaign = await createCampaign(
      me,
      CreateCampaignSchema.parse({ title: "Toggled", category: "beauty", budget: 1_000_000 }),
    );
    // the creation row, then 600 pauses and resumes, a second apart
    await pool.query(
      `INSERT INTO campaign_status_changes (id, campaign_id, from_status, to_status, actor_id, created_at)
       SELECT gen_random_uuid(), $1,
              CASE WHEN i % 2 = 1 THEN 'ACTIVE' ELSE 'PAUSED' END::"CampaignStatus",
              CASE WHEN i % 2 = 1 THEN 'PAUSED' ELSE 'ACTIVE' END::"CampaignStatus",
              $2, now() + i * interval '1 second'
         FROM generate_series(1, 600) AS i`,
      [campaign.id, manager.id],
    );
    const history = await listCampaignStatusChanges(me, campaign.id);
    expect(history).toHaveLength(STATUS_HISTORY_MAX);
    const times = history.map((h) => h.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // the newest move is the 600th, a resume; the creation row is not among the newest
    expect(history.at(-1)).toMatchObject({ from: "PAUSED", to: "ACTIVE" });
    expect(history.some((h) => h.from === null)).toBe(false);
  });
});
