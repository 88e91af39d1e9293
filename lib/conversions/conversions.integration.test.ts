// Orders through the signed webhook and the CSV import against a real Postgres:
// signatures, replays, tenants, attribution, row accounting.
import { beforeAll, describe, expect, it } from "vitest";
import * as webhook from "@/app/api/v1/conversions/route";
import * as imports from "@/app/api/v1/conversions/imports/route";
import * as oneImport from "@/app/api/v1/conversions/imports/[id]/route";
import { pool } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import {
  createClick,
  createLink,
  createMatchFor,
  createPromoCode,
} from "@/test/helpers/money-fixtures";
import {
  failStalledOrderImports,
  STALLED_IMPORT_MINUTES,
  startOrderImport,
} from "./csv/import-orders.ts";
import { signatureHeader } from "./signature.ts";
import { readWebhookSecret, rotateWebhookSecret } from "./webhook-secret.ts";
import { rotateWebhookSecretAction } from "./webhook-secret-actions.ts";
import { loadSessionUser } from "@/lib/auth/session-user";

const DAY = 86_400_000;
const now = () => Math.floor(Date.now() / 1000);

type Brand = Awaited<ReturnType<typeof createBrandWithManager>>;

async function post(brandId: string, body: unknown, secret: string, t = now()) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const req = await apiRequest("/api/v1/conversions", {
    method: "POST",
    rawBody: raw,
    headers: {
      "x-creatormatch-brand": brandId,
      "x-creatormatch-signature": signatureHeader(secret, raw, t),
    },
  });
  return webhook.POST(req, routeParams({}));
}

async function stored(brandId: string) {
  const { rows } = await pool.query(
    `SELECT order_id, kind::text, amount::text, attribution::text, creator_id
       FROM conversions WHERE brand_id = $1 ORDER BY id`,
    [brandId],
  );
  return rows;
}

describe("order webhook", () => {
  let a: Brand;
  let b: Brand;
  let secretA: string;
  let secretB: string;
  let m: Awaited<ReturnType<typeof createMatchFor>>;
  let clickA: string;

  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
    secretA = await rotateWebhookSecret(pool, a.brand.id);
    secretB = await rotateWebhookSecret(pool, b.brand.id);
    m = await createMatchFor(a.brand.id);
    const link = await createLink(a.brand.id, m.match);
    clickA = await createClick(link, m.match, new Date(Date.now() - 2 * DAY));
  });

  const order = (orderId: string, extra: Record<string, unknown> = {}) => ({
    orderId,
    occurredAt: new Date().toISOString(),
    amount: 35_000,
    quantity: 2,
    product: "Glow serum",
    ...extra,
  });

  it("stores a validly signed order, attributed to the click it quotes", async () => {
    const res = await post(a.brand.id, order("W-1", { clickId: clickA }), secretA);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      duplicate: false,
      conversion: {
        id: expect.any(String),
        orderId: "W-1",
        kind: "ORDER",
        amount: 35_000,
        currency: "KRW",
        attribution: "CLICK",
        matchId: m.match.id,
        campaignId: m.campaign.id,
        creatorId: m.creator.id,
        unattributedReason: null,
      },
    });
  });

  it("verifies a body that starts with a UTF-8 byte-order mark against the exact bytes sent", async () => {
    const raw = `\uFEFF${JSON.stringify(order("W-bom"))}`;
    const res = await post(a.brand.id, raw, secretA);
    expect(res.status).toBe(200);
    expect((await res.json()).conversion).toMatchObject({ orderId: "W-bom", amount: 35_000 });
    // the same JSON signed without the mark does not verify for the body with it
    const req = await apiRequest("/api/v1/conversions", {
      method: "POST",
      rawBody: `\uFEFF${JSON.stringify(order("W-bom2"))}`,
      headers: {
        "x-creatormatch-brand": a.brand.id,
        "x-creatormatch-signature": signatureHeader(
          secretA,
          JSON.stringify(order("W-bom2")),
          now(),
        ),
      },
    });
    expect((await webhook.POST(req, routeParams({}))).status).toBe(401);
  });

  it("credits no creator with an order in another currency than the match's, storing it with the reason", async () => {
    const code = await createPromoCode(a.brand.id, m.match, `usd${Date.now()}`);
    for (const [id, extra] of [
      ["W-usd-click", { clickId: clickA }],
      ["W-usd-code", { promoCode: code }],
    ] as const) {
      const res = await post(a.brand.id, order(id, { currency: "USD", ...extra }), secretA);
      expect(res.status).toBe(200);
      expect((await res.json()).conversion).toMatchObject({
        orderId: id,
        currency: "USD",
        attribution: "NONE",
        matchId: null,
        campaignId: null,
        creatorId: null,
        unattributedReason: "CURRENCY_MISMATCH",
      });
    }
    const refund = await post(
      a.brand.id,
      order("W-usd-code", { kind: "REFUND", currency: "USD", promoCode: code }),
      secretA,
    );
    expect((await refund.json()).conversion).toMatchObject({
      attribution: "NONE",
      matchId: null,
      unattributedReason: "CURRENCY_MISMATCH",
    });
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM conversions WHERE match_id = $1 AND currency <> 'KRW'`,
      [m.match.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it("answers a replay with the stored result and changes nothing, whatever it says", async () => {
    const before = await stored(a.brand.id);
    const res = await post(a.brand.id, order("W-1", { amount: 1, clickId: undefined }), secretA);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.duplicate).toBe(true);
    expect(body.conversion.amount).toBe(35_000);
    expect(await stored(a.brand.id)).toEqual(before);
  });

  it("refuses a bad signature, a stale or future timestamp, an unknown brand with 401 and stores nothing", async () => {
    const before = await stored(a.brand.id);
    const body = order("W-bad");
    const raw = JSON.stringify(body);
    const tampered = await webhook.POST(
      await apiRequest("/api/v1/conversions", {
        method: "POST",
        rawBody: raw.replace("35000", "1"),
        headers: {
          "x-creatormatch-brand": a.brand.id,
          "x-creatormatch-signature": signatureHeader(secretA, raw, now()),
        },
      }),
      routeParams({}),
    );
    expect(tampered.status).toBe(401);
    expect((await tampered.json()).error.message).toBe("Bad or missing webhook signature");
    const stale = await post(a.brand.id, body, secretA, now() - 301);
    expect(stale.status).toBe(401);
    expect((await stale.json()).error.message).toMatch(/more than 5 minutes/);
    expect((await post(a.brand.id, body, secretA, now() + 400)).status).toBe(401);
    expect((await post("not-a-uuid", body, secretA)).status).toBe(401);
    const unsigned = await webhook.POST(
      await apiRequest("/api/v1/conversions", {
        method: "POST",
        rawBody: raw,
        headers: { "x-creatormatch-brand": a.brand.id },
      }),
      routeParams({}),
    );
    expect(unsigned.status).toBe(401);
    expect(await stored(a.brand.id)).toEqual(before);
  });

  it("another brand's secret cannot post into this brand", async () => {
    const res = await post(a.brand.id, order("W-cross"), secretB);
    expect(res.status).toBe(401);
    expect((await stored(a.brand.id)).map((r) => r.order_id)).not.toContain("W-cross");
  });

  it("never attributes across brands: brand A's click id quoted in brand B's order counts for no creator", async () => {
    const res = await post(b.brand.id, order("W-B1", { clickId: clickA }), secretB);
    expect(res.status).toBe(200);
    expect((await res.json()).conversion).toMatchObject({ attribution: "NONE", creatorId: null });
  });

  it("refuses an invalid body with field messages after the signature holds, storing nothing", async () => {
    const res = await post(a.brand.id, { orderId: "W-x", amount: -5, extra: 1 }, secretA);
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(Object.keys(error.fields).sort()).toEqual(["amount", "extra", "occurredAt"]);
    expect((await post(a.brand.id, "{not json", secretA)).status).toBe(400);
    for (const occurredAt of ["0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z"]) {
      const dated = await post(a.brand.id, { orderId: "W-d", occurredAt, amount: 1000 }, secretA);
      expect(dated.status).toBe(422);
      expect(Object.keys((await dated.json()).error.fields)).toEqual(["occurredAt"]);
    }
    expect((await stored(a.brand.id)).map((r) => r.order_id)).not.toContain("W-d");
  });

  it("stores a refund negative, attributed like its order; promo codes match case-insensitively", async () => {
    const code = await createPromoCode(a.brand.id, m.match, "glow10");
    const o = await post(
      a.brand.id,
      order("W-2", { promoCode: "Glow10", amount: 20_000 }),
      secretA,
    );
    expect((await o.json()).conversion).toMatchObject({
      attribution: "PROMO_CODE",
      amount: 20_000,
    });
    expect(code).toBe("GLOW10");
    const r = await post(a.brand.id, order("W-2", { kind: "REFUND", amount: 20_000 }), secretA);
    expect(r.status).toBe(200);
    expect((await r.json()).conversion).toMatchObject({
      kind: "REFUND",
      amount: -20_000,
      attribution: "PROMO_CODE",
      creatorId: m.creator.id,
    });
  });

  it("does not attribute by a click older than 30 days (nor one after the order)", async () => {
    const link = await createLink(a.brand.id, { ...m.match, id: m.match.id });
    const old = await createClick(link, m.match, new Date(Date.now() - 31 * DAY));
    const res = await post(a.brand.id, order("W-old", { clickId: old }), secretA);
    expect((await res.json()).conversion.attribution).toBe("NONE");
    const later = await createClick(link, m.match, new Date(Date.now() + DAY));
    const res2 = await post(a.brand.id, order("W-before", { clickId: later }), secretA);
    expect((await res2.json()).conversion.attribution).toBe("NONE");
  });
});

describe("order CSV import", () => {
  let a: Brand;
  let b: Brand;
  let code: string;
  let m: Awaited<ReturnType<typeof createMatchFor>>;

  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
    m = await createMatchFor(a.brand.id);
    code = await createPromoCode(a.brand.id, m.match);
  });

  // As SmartStore writes it: Korean headers, a BOM, amounts with thousands separators.
  const csv = (ids: string[]) =>
    "\uFEFF상품주문번호,주문일시,상품명,수량,최종 상품별 총 주문금액,쿠폰코드,클레임상태\n" +
    ids
      .map((id, i) =>
        i % 2 === 0
          ? `${id},2026.11.20 14:03:22,"세럼, 50ml",1,"12,000",${code.toLowerCase()},`
          : `${id},2026-11-21 09:00,토너,2,8000,,`,
      )
      .join("\n") +
    "\nBAD-1,2026.02.30 10:00,x,1,1000,,\nBAD-2,2026.11.20 10:00,x,1,12.5,,\nBAD-3,2026.11.20,x\n" +
    'R-1,2026.11.22 10:00,세럼,1,"12,000",,반품완료\n';

  const upload = (brandId: string, userId: string, text: string, preview: boolean) =>
    apiRequest(
      `/api/v1/conversions/imports?brandId=${brandId}&fileName=orders.csv${preview ? "&preview=1" : ""}`,
      { method: "POST", userId, rawBody: text, headers: { "content-type": "text/csv" } },
    ).then((req) => imports.POST(req, routeParams({})));

  it("previews the first rows and row errors with spreadsheet row numbers, writing nothing", async () => {
    const res = await upload(a.brand.id, a.manager.id, csv(["S-1", "S-2"]), true);
    expect(res.status).toBe(200);
    const { preview } = await res.json();
    expect(preview).toMatchObject({ rows: 6, valid: 3, rejected: 3, repeated: 0, repeats: [] });
    expect(preview.sample[0]).toEqual({
      row: 2,
      order: {
        orderId: "S-1",
        kind: "ORDER",
        occurredAt: "2026-11-20T14:03:22+09:00",
        product: "세럼, 50ml",
        quantity: 1,
        amount: 12_000,
        currency: "KRW",
        promoCode: code.toLowerCase(),
      },
    });
    expect(preview.errors).toEqual([
      { row: 4, field: "occurredAt", message: '"2026.02.30 10:00" is not a date and time' },
      { row: 5, field: "amount", message: '"12.5" is not a whole amount' },
      { row: 6, field: "(row)", message: "has 3 columns, the header has 7" },
    ]);
    expect(await stored(a.brand.id)).toEqual([]);
  });

  it("previews an order repeated inside the file as the import will count it: a duplicate", async () => {
    // S-3 twice (rows 4 and 5), and R-1 is a refund: another kind, not a repeat
    const res = await upload(b.brand.id, b.manager.id, csv(["S-1", "S-2", "S-3", "S-3"]), true);
    const { preview } = await res.json();
    expect(preview).toMatchObject({ rows: 8, valid: 5, rejected: 3, repeated: 1 });
    expect(preview.repeats).toEqual([{ row: 5, firstRow: 4, orderId: "S-3" }]);
  });

  it("imports with exact counts: inserted, duplicate (not stored again), rejected", async () => {
    const first = await startOrderImport(pool, {
      brandId: a.brand.id,
      userId: a.manager.id,
      fileName: "orders.csv",
      text: csv(["S-1", "S-2"]),
    });
    await first.done;
    // the same file again plus one new order and one repeated inside the file
    const second = await startOrderImport(pool, {
      brandId: a.brand.id,
      userId: a.manager.id,
      fileName: "orders-2.csv",
      text: csv(["S-1", "S-2", "S-3", "S-3"]),
    });
    await second.done;
    const res = await oneImport.GET(
      await apiRequest(`/api/v1/conversions/imports/${second.importId}`, { userId: a.manager.id }),
      routeParams({ id: second.importId }),
    );
    const { import: progress } = await res.json();
    expect(progress).toMatchObject({
      status: "done",
      rowsTotal: 8,
      rowsProcessed: 8,
      rowsInserted: 1,
      rowsDuplicate: 4,
      rowsRejected: 3,
    });
    expect(progress.errors.map((e: { row: number }) => e.row)).toEqual([6, 7, 8]);
    const rows = await stored(a.brand.id);
    expect(rows.map((r) => `${r.order_id}:${r.kind}:${r.amount}:${r.attribution}`)).toEqual([
      "S-1:ORDER:12000:PROMO_CODE",
      "S-2:ORDER:8000:NONE",
      "R-1:REFUND:-12000:NONE",
      "S-3:ORDER:12000:PROMO_CODE",
    ]);
  });

  it("rejects a row with a NUL (which Postgres cannot hold), storing the rest", async () => {
    const text =
      "상품주문번호,주문일시,상품명,수량,최종 상품별 총 주문금액\n" +
      "U-1,2026.11.20 14:03:22,세럼,1,12000\n" +
      "U-2,2026.11.20 14:03:22,a\u0000b,1,12000\n" +
      "U-3,2026.11.20 14:03:22,크림,1,12000\n";
    const res = await upload(a.brand.id, a.manager.id, text, true);
    const { preview } = await res.json();
    // (a lone surrogate cannot reach a CSV: the file's UTF-8 has none)
    expect(preview).toMatchObject({ rows: 3, valid: 2, rejected: 1 });
    expect(preview.errors).toEqual([
      { row: 3, field: "product", message: "Must not contain NUL characters" },
    ]);
    const run = await startOrderImport(pool, {
      brandId: a.brand.id,
      userId: a.manager.id,
      fileName: "odd.csv",
      text,
    });
    await run.done;
    const { rows } = await pool.query(
      `SELECT status, rows_inserted, rows_rejected FROM conversion_imports WHERE id = $1`,
      [run.importId],
    );
    expect(rows[0]).toEqual({ status: "done", rows_inserted: 2, rows_rejected: 1 });
    expect((await stored(a.brand.id)).map((r) => r.order_id)).toEqual(
      expect.arrayContaining(["U-1", "U-3"]),
    );
  });

  it("marks an import a stopped web process left running as failed where it stopped", async () => {
    const insert = (minutesAgo: number, processed: number) =>
      pool
        .query(
          `INSERT INTO conversion_imports (id, brand_id, file_name, rows_total, rows_processed, created_at)
           VALUES (gen_random_uuid(), $1, 'stalled.csv', 5000, $2, now() - make_interval(mins => $3))
           RETURNING id`,
          [a.brand.id, processed, minutesAgo],
        )
        .then((r) => r.rows[0].id as string);
    const stalled = await insert(STALLED_IMPORT_MINUTES + 5, 2000);
    const fresh = await insert(1, 2000);
    expect(await failStalledOrderImports(pool)).toBeGreaterThanOrEqual(1);
    const { rows } = await pool.query(
      `SELECT id, status, finished_at IS NOT NULL AS finished, errors FROM conversion_imports WHERE id = ANY($1)`,
      [[stalled, fresh]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(stalled)).toMatchObject({
      status: "failed",
      finished: true,
      errors: [
        {
          row: 2002,
          field: "(import)",
          message: expect.stringMatching(/^The import stopped here/),
        },
      ],
    });
    expect(byId.get(fresh)).toMatchObject({ status: "running", finished: false, errors: [] });
  });

  it("refuses a file without the required columns as a whole (422), and another brand (404)", async () => {
    const res = await upload(a.brand.id, a.manager.id, "foo,bar\n1,2\n", true);
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toBe("Missing column(s): orderId, occurredAt, amount");
    const foreign = await upload(a.brand.id, b.manager.id, csv(["X-1"]), false);
    expect(foreign.status).toBe(404);
    const first = await startOrderImport(pool, {
      brandId: a.brand.id,
      userId: a.manager.id,
      fileName: "o.csv",
      text: csv(["S-9"]),
    });
    await first.done;
    const peek = await oneImport.GET(
      await apiRequest(`/api/v1/conversions/imports/${first.importId}`, { userId: b.manager.id }),
      routeParams({ id: first.importId }),
    );
    expect(peek.status).toBe(404);
  });

  it("reads English headers too", async () => {
    const res = await upload(
      a.brand.id,
      a.manager.id,
      "order_id,ordered_at,amount,click_id\nE-1,2026-11-20T10:00:00Z,5000,ck_x\n",
      true,
    );
    const { preview } = await res.json();
    expect(preview.sample[0].order).toMatchObject({
      orderId: "E-1",
      amount: 5000,
      clickId: "ck_x",
    });
  });
});

describe("webhook secret action", () => {
  it("creates and rotates the secret for the brand's managers only, stored sealed", async () => {
    const a = await createBrandWithManager();
    const b = await createBrandWithManager();
    const asA = rotateWebhookSecretAction(() => loadSessionUser(a.manager.id));
    const asB = rotateWebhookSecretAction(() => loadSessionUser(b.manager.id));
    const first = await asA({ brandId: a.brand.id });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const second = await asA({ brandId: a.brand.id });
    expect(second.ok && second.data.secret !== first.data.secret).toBe(true);
    expect((await readWebhookSecret(pool, a.brand.id))?.secret).toBe(
      second.ok ? second.data.secret : null,
    );
    const { rows } = await pool.query(
      `SELECT position($2::bytea IN secret_ciphertext) AS at FROM conversion_secrets WHERE brand_id = $1`,
      [a.brand.id, Buffer.from(second.ok ? second.data.secret : "")],
    );
    expect(rows[0].at).toBe(0);
    const foreign = await asB({ brandId: a.brand.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await readWebhookSecret(pool, a.brand.id))?.secret).toBe(
      second.ok ? second.data.secret : null,
    );
  });
});
