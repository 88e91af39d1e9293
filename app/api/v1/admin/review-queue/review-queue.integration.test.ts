// GET /api/v1/admin/review-queue through the real handler: roles, validation, paging.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import {
  insertBrand,
  insertCampaign,
  insertCreator,
  insertMatch,
} from "@/lib/reporting/test-fixtures";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createUser } from "@/test/helpers/fixtures";
import { GET } from "./route";

let adminId: string;
let managerId: string;
let brandId: string;
let creatorIds: string[];
let matchIds: string[];

beforeAll(async () => {
  adminId = (await createUser("ADMIN")).id;
  managerId = (await createUser("BRAND_MANAGER")).id;
  // Committed rows (the handler uses the app's pool), dated before anything else so they
  // are the head of the queue; removed again in afterAll.
  brandId = await insertBrand(pool, { name: "Route Review Brand" });
  const campaign = await insertCampaign(pool, brandId, { title: "Route review" });
  creatorIds = [await insertCreator(pool), await insertCreator(pool)];
  matchIds = [
    await insertMatch(pool, campaign, creatorIds[0], {
      reviewStatus: "PENDING",
      offer: 6_000_000,
      createdAt: new Date("1980-01-01T00:00:00Z"),
    }),
    await insertMatch(pool, campaign, creatorIds[1], {
      reviewStatus: "PENDING",
      confidence: "LOW",
      createdAt: new Date("1980-01-02T00:00:00Z"),
    }),
  ];
});

afterAll(async () => {
  await pool.query(`DELETE FROM brands WHERE id = $1`, [brandId]);
  await pool.query(`DELETE FROM creators WHERE id = ANY($1::uuid[])`, [creatorIds]);
});

const call = async (query: string, userId?: string) =>
  GET(await apiRequest(`/api/v1/admin/review-queue${query}`, { userId }), routeParams({}));

describe("GET /api/v1/admin/review-queue", () => {
  it("answers 401 to an anonymous caller and 403 to a brand manager", async () => {
    expect((await call("")).status).toBe(401);
    const res = await call("", managerId);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  });

  it("rejects a bad limit and a forged cursor with field messages", async () => {
    const res = await call("?limit=abc&cursor=forged", adminId);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(Object.keys(body.error.fields).sort()).toEqual(["query.cursor", "query.limit"]);
    expect((await call("?limit=101", adminId)).status).toBe(422);
  });

  it("pages through the queue oldest first", async () => {
    const first = await call("?limit=1", adminId);
    expect(first.status).toBe(200);
    const page1 = await first.json();
    expect(page1.items.map((i: { matchId: string }) => i.matchId)).toEqual([matchIds[0]]);
    expect(page1.items[0].reasons.map((r: { code: string }) => r.code)).toContain(
      "ABOVE_BUDGET_THRESHOLD",
    );
    expect(page1.items[0].amount).toBe(6_000_000);
    expect(page1.total).toBeGreaterThanOrEqual(2);

    const page2 = await (await call(`?limit=1&cursor=${page1.nextCursor}`, adminId)).json();
    expect(page2.items.map((i: { matchId: string }) => i.matchId)).toEqual([matchIds[1]]);
    expect(page2.items[0].reasons.map((r: { code: string }) => r.code)).toEqual([
      "LOW_CONFIDENCE",
      "NEW_CREATOR",
    ]);
  });
});
