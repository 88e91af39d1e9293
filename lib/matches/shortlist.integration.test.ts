// The shortlist routes: a brand's managers share it, another brand cannot read or touch
// it (404 like a missing campaign), and a full list refuses more with a 409.
import { beforeAll, describe, expect, it } from "vitest";
import * as shortlist from "@/app/api/v1/campaigns/[id]/shortlist/route";
import { pool } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { AppError } from "@/lib/errors";
import { setShortlisted } from "./shortlist.ts";

async function createCreators(n: number): Promise<string[]> {
  const { rows } = await pool.query(
    `INSERT INTO creators (id, display_name, updated_at)
     SELECT gen_random_uuid(), 'Shortlist test ' || g, now() FROM generate_series(1, $1) g
     RETURNING id`,
    [n],
  );
  return rows.map((r) => r.id as string);
}

const call = async (
  method: "GET" | "POST" | "DELETE",
  campaignId: string,
  userId: string,
  creatorId?: string,
) =>
  shortlist[method](
    await apiRequest(`/api/v1/campaigns/${campaignId}/shortlist`, {
      method,
      userId,
      body: creatorId ? { creatorId } : undefined,
    }),
    routeParams({ id: campaignId }),
  );

describe("campaign shortlist", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let other: Awaited<ReturnType<typeof createBrandWithManager>>;
  let campaignId: string;
  let creators: string[];

  beforeAll(async () => {
    owner = await createBrandWithManager();
    other = await createBrandWithManager();
    campaignId = (await createCampaignFor(owner.brand.id)).id;
    creators = await createCreators(4);
  });

  it("adds, lists and removes for the brand's manager, in the order added", async () => {
    for (const id of creators.slice(0, 2)) {
      expect((await call("POST", campaignId, owner.manager.id, id)).status).toBe(200);
    }
    const listed = await (await call("GET", campaignId, owner.manager.id)).json();
    expect(listed.creatorIds).toEqual(creators.slice(0, 2));
    expect(listed.entries[0]).toEqual({
      creatorId: creators[0],
      name: "Shortlist test 1",
      match: null,
    });
    const removed = await call("DELETE", campaignId, owner.manager.id, creators[0]);
    expect((await removed.json()).creatorIds).toEqual([creators[1]]);
  });

  it("answers another brand 404 and changes nothing", async () => {
    const before = await (await call("GET", campaignId, owner.manager.id)).json();
    expect(before.creatorIds).toEqual([creators[1]]);
    expect((await call("GET", campaignId, other.manager.id)).status).toBe(404);
    expect((await call("POST", campaignId, other.manager.id, creators[2])).status).toBe(404);
    expect((await call("DELETE", campaignId, other.manager.id, creators[1])).status).toBe(404);
    const after = await (await call("GET", campaignId, owner.manager.id)).json();
    expect(after).toEqual(before);
    // the domain function carries the scope itself, whoever calls it
    await expect(
      setShortlisted(pool, [other.brand.id], {
        campaignId,
        creatorId: creators[1],
        on: false,
        userId: other.manager.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await (await call("GET", campaignId, owner.manager.id)).json()).creatorIds).toEqual([
      creators[1],
    ]);
  });

  it("answers 404 for an unknown creator", async () => {
    const res = await call("POST", campaignId, owner.manager.id, crypto.randomUUID());
    expect(res.status).toBe(404);
  });

  it("refuses to grow a full list, keeps the ones on it re-addable", async () => {
    const { brand, manager } = await createBrandWithManager();
    const full = (await createCampaignFor(brand.id)).id;
    const change = (creatorId: string) => ({
      campaignId: full,
      creatorId,
      on: true,
      userId: manager.id,
    });
    await setShortlisted(pool, [brand.id], change(creators[0]), { max: 2 });
    await setShortlisted(pool, [brand.id], change(creators[1]), { max: 2 });
    const refused = setShortlisted(pool, [brand.id], change(creators[2]), { max: 2 });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "conflict" });
    // adding one already on it is no change, not a refusal
    const again = await setShortlisted(pool, [brand.id], change(creators[1]), { max: 2 });
    expect(again.creatorIds).toEqual([creators[0], creators[1]]);
  });

  it("counts two additions at once one after the other", async () => {
    const { brand, manager } = await createBrandWithManager();
    const racing = (await createCampaignFor(brand.id)).id;
    const results = await Promise.allSettled(
      creators.map((creatorId) =>
        setShortlisted(
          pool,
          [brand.id],
          { campaignId: racing, creatorId, on: true, userId: manager.id },
          { max: 2 },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM shortlist_entries WHERE campaign_id = $1`,
      [racing],
    );
    expect(rows[0].n).toBe(2);
  });
});
