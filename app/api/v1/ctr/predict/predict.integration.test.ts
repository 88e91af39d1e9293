// POST /api/v1/ctr/predict through the real handler: roles, bounds, and scores from
// the latest stored model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createUser } from "@/test/helpers/fixtures";
import { POST } from "./route";

const ROW = {
  hour: "14102101",
  C1: 1005,
  banner_pos: 0,
  site_id: "1fbe01fe",
  site_domain: "f3845767",
  site_category: "28905ebd",
  app_id: "ecad2386",
  app_domain: "7801e8d9",
  app_category: "07d7df22",
  device_id: "a99f214a",
  device_ip: "ddd2926e",
  device_model: "44956a24",
  device_type: 1,
  device_conn_type: 2,
  C14: 15706,
  C15: 320,
  C16: 50,
  C17: 1722,
  C18: 0,
  C19: 35,
  C20: -1,
  C21: 79,
};

let adminId: string;
let managerId: string;
let creatorId: string;
let modelId: string;

beforeAll(async () => {
  adminId = (await createUser("ADMIN")).id;
  managerId = (await createUser("BRAND_MANAGER")).id;
  creatorId = (await createUser("CREATOR")).id;
  // a model whose only non-zero weight is the bias: every row scores sigmoid(bias)
  const weights = new Float32Array(1 << 10);
  weights[0] = Math.log(0.2 / 0.8);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO adstats_ctr_models (id, bits, weights, metrics, trained_on, created_at)
     VALUES (gen_random_uuid(), 10, $1, '{}', 1, now() + interval '1 day') RETURNING id`,
    [Buffer.from(weights.buffer)],
  );
  modelId = rows[0].id;
});

afterAll(async () => {
  await pool.query(`DELETE FROM adstats_ctr_models WHERE id = $1`, [modelId]);
});

const post = async (userId: string | undefined, body: unknown) =>
  POST(await apiRequest("/api/v1/ctr/predict", { method: "POST", userId, body }), routeParams({}));

describe("POST /api/v1/ctr/predict", () => {
  it("scores rows for an admin and for a brand manager", async () => {
    for (const user of [adminId, managerId]) {
      const res = await post(user, { rows: [ROW, { ...ROW, banner_pos: 1 }] });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toEqual({
        model: { id: modelId, trainedAt: expect.any(String) },
        predictions: [0.2, 0.2],
      });
    }
  });

  it("answers 401 without a session and 403 to a creator", async () => {
    expect((await post(undefined, { rows: [ROW] })).status).toBe(401);
    expect((await post(creatorId, { rows: [ROW] })).status).toBe(403);
  });

  it("answers 422 with field messages for bad rows and more than 1,000 rows", async () => {
    const bad = await post(adminId, { rows: [{ ...ROW, hour: "2014-10-21", device_type: "x" }] });
    expect(bad.status).toBe(422);
    const fields = (await bad.json()).error.fields;
    expect(Object.keys(fields).sort()).toEqual(["rows.0.device_type", "rows.0.hour"]);
    const many = await post(adminId, { rows: Array.from({ length: 1001 }, () => ROW) });
    expect(many.status).toBe(422);
    expect((await many.json()).error.fields).toHaveProperty("rows");
    expect((await post(adminId, { rows: [] })).status).toBe(422);
  });
});
