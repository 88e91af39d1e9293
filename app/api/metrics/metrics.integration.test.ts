// The metrics endpoint: only with the configured password, in Prometheus' text format,
// with the runtime's figures, every API answer by route template, and the gauges of
// the ranking threads and the database pool.
import { describe, expect, it, vi } from "vitest";
import { GET as live } from "../health/route";
import { GET as metrics } from "./route";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { routeTemplate } from "@/lib/server/metrics";

const PASSWORD = vi.hoisted(() => (process.env.METRICS_TOKEN = "metrics-test-password-0123"));
const noParams = routeParams({});
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const scrape = async (authorization?: string) =>
  metrics(
    await apiRequest("/api/metrics", { headers: authorization ? { authorization } : {} }),
    noParams,
  );

describe("GET /api/metrics", () => {
  it("refuses a missing or wrong password with a Basic challenge, and takes no Bearer token", async () => {
    for (const authorization of [
      undefined,
      basic("metrics", "wrong-password-0123456"),
      basic("metrics", `${PASSWORD}x`),
      `Basic ${Buffer.from(PASSWORD).toString("base64")}`, // no "user:" part
      "Basic !!!",
    ]) {
      const res = await scrape(authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Basic realm="metrics", charset="UTF-8"');
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
    // A Bearer credential is an API token to the wrapper: unknown, so 401 before the handler.
    expect((await scrape(`Bearer ${PASSWORD}`)).status).toBe(401);
  });

  it("answers the text format with runtime figures, API answers by route and the pools' gauges", async () => {
    expect((await live(await apiRequest("/api/health"), noParams)).status).toBe(200);
    const res = await scrape(basic("prometheus", PASSWORD));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const series of [
      /^nodejs_eventloop_lag_p99_seconds \d/m,
      /^process_cpu_seconds_total \d/m,
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]/m,
      /^db_pool_connections\{state="total"\} \d+/m,
      /^db_pool_connections\{state="waiting"\} 0/m,
      /^rank_admission_requests\{state="running"\} 0/m,
      /^rank_pool_queued_tasks 0/m,
    ]) {
      expect(text).toMatch(series);
    }
  });

  it("labels answers by the route's own params, so made-up paths add no series", () => {
    const id = "0b1e2c3d-1111-4222-8333-944455556666";
    expect(routeTemplate(`/api/v1/matches/${id}/messages`, { id })).toBe(
      "/api/v1/matches/:id/messages",
    );
    // Whatever the caller sends as the id, the label is the same.
    expect(routeTemplate("/api/v1/campaigns/abc%20def", { id: "abc def" })).toBe(
      "/api/v1/campaigns/:id",
    );
    expect(routeTemplate("/api/v1/campaigns/%E0%A4%A", { id: "%E0%A4%A" })).toBe(
      "/api/v1/campaigns/:id",
    );
    expect(routeTemplate("/api/auth/callback/google", { nextauth: ["callback", "google"] })).toBe(
      "/api/auth/:nextauth/:nextauth",
    );
    expect(routeTemplate("/api/v1/campaigns", {})).toBe("/api/v1/campaigns");
  });
});
