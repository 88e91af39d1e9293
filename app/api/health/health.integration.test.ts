// Liveness and readiness answer different questions: a live process that has not
// loaded the creator index, or is shutting down, must not get traffic.
import { describe, expect, it } from "vitest";
import { GET as live } from "./route";
import { GET as ready } from "./ready/route";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { markDraining, startWarmUp } from "@/lib/server/readiness";

const noParams = routeParams({});

describe("health", () => {
  it("answers liveness without touching the database", async () => {
    const res = await live(await apiRequest("/api/health"), noParams);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", uptimeSeconds: expect.any(Number) });
  });

  it("is ready once the index is loaded and the workers are warm, and not while draining", async () => {
    await startWarmUp();
    const before = await ready(await apiRequest("/api/health/ready"), noParams);
    expect(before.status).toBe(200);
    const body = await before.json();
    expect(body).toMatchObject({
      status: "ready",
      draining: false,
      database: { reachable: true },
      migrations: { pending: [], problems: [] },
      creatorIndex: { loaded: true, error: null },
      rankWorkers: { warm: true, started: true },
    });
    expect(body.rankWorkers.threads).toBeGreaterThanOrEqual(1);

    markDraining();
    const after = await ready(await apiRequest("/api/health/ready"), noParams);
    expect(after.status).toBe(503);
    expect(after.headers.get("retry-after")).toBe("2");
    expect(await after.json()).toMatchObject({ status: "not_ready", draining: true });
  });
});
