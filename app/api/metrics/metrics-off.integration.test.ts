// Without METRICS_TOKEN the endpoint does not exist, whatever is sent.
import { describe, expect, it } from "vitest";
import { GET as metrics } from "./route";
import { apiRequest, routeParams } from "@/test/helpers/api";

describe("GET /api/metrics without METRICS_TOKEN", () => {
  it("answers 404", async () => {
    delete process.env.METRICS_TOKEN;
    const res = await metrics(
      await apiRequest("/api/metrics", {
        headers: { authorization: `Basic ${Buffer.from("metrics:").toString("base64")}` },
      }),
      routeParams({}),
    );
    expect(res.status).toBe(404);
  });
});
