// Each API token has its own budget (API_TOKEN_RATE_LIMIT_PER_MINUTE), apart from its
// creator's session budget and from other tokens; over it: 429 with Retry-After.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.API_TOKEN_RATE_LIMIT_PER_MINUTE = "3";
  process.env.API_RATE_LIMIT_PER_MINUTE = "5";
});

import { GET as listCampaigns } from "@/app/api/v1/campaigns/route";
import { resetRateLimits } from "@/lib/api/rate-limit";
import { apiRequest, apiTokenFor, routeParams } from "@/test/helpers/api";
import { createBrandWithManager } from "@/test/helpers/fixtures";

const noParams = routeParams({});

beforeEach(() => resetRateLimits());

describe("rate limit per API token", () => {
  it("answers 429 with Retry-After past the token's budget, apart from its creator's and other tokens'", async () => {
    const { brand, manager } = await createBrandWithManager();
    const first = await apiTokenFor(manager.id, brand.id, ["read"]);
    const second = await apiTokenFor(manager.id, brand.id, ["read"]);
    const call = async (opts: { bearer?: string; userId?: string }) =>
      listCampaigns(await apiRequest("/api/v1/campaigns", opts), noParams);

    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call({ bearer: first.secret })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call({ bearer: first.secret });
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await refused.json()).error.code).toBe("rate_limited");

    // Another token and the creator's own session still have their budgets.
    expect((await call({ bearer: second.secret })).status).toBe(200);
    expect((await call({ userId: manager.id })).status).toBe(200);
  });

  it("spends a bad token's requests from its address's budget", async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (
          await listCampaigns(
            await apiRequest("/api/v1/campaigns", { bearer: `cm_live_x${i}` }),
            noParams,
          )
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
