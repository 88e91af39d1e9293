// Escrow and settlement against a real Postgres: the fee is held at acceptance (once,
// also under concurrency, refused when short), the settlement written at completion is
// exact to the won, only admins move it, only legal steps, paying captures from escrow,
// and every tenant sees only its own.
import { beforeAll, describe, expect, it } from "vitest";
import * as escrowRoute from "@/app/api/v1/escrow/route";
import * as deposits from "@/app/api/v1/escrow/deposits/route";
import * as settlementsRoute from "@/app/api/v1/settlements/route";
import * as steps from "@/app/api/v1/settlements/[id]/transitions/route";
import * as exportRoute from "@/app/api/v1/settlements/export/route";
import * as matchSteps from "@/app/api/v1/matches/[id]/transitions/route";
import { recordConversions } from "@/lib/conversions/record-conversions";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readMatchState } from "@/lib/matches/read-match-state";
import { stepStatement } from "@/lib/matches/step-statement";
import { transitionMatch } from "@/lib/matches/transition-match";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createUser } from "@/test/helpers/fixtures";
import { createMatchFor, createPromoCode } from "@/test/helpers/money-fixtures";
import { computeSettlement } from "./compute-settlement.ts";
import { isEscrowMissing } from "./hold-match-fee.ts";
import { topUpEscrow } from "./top-up-escrow.ts";

type Brand = Awaited<ReturnType<typeof createBrandWithManager>>;

async function topUp(b: Brand, amount: bigint) {
  return topUpEscrow(pool, {
    brandId: b.brand.id,
    amount,
    currency: "KRW",
    idempotencyKey: crypto.randomUUID(),
    actorId: b.manager.id,
  });
}

async function balance(brandId: string) {
  const { rows } = await pool.query(
    `SELECT available::text, held::text FROM escrow_accounts WHERE brand_id = $1 AND currency = 'KRW'`,
    [brandId],
  );
  return rows[0] ?? { available: "0", held: "0" };
}

async function entries(matchId: string) {
  const { rows } = await pool.query(
    `SELECT kind::text, amount::text FROM escrow_entries WHERE match_id = $1 ORDER BY id`,
    [matchId],
  );
  return rows.map((r) => `${r.kind}:${r.amount}`);
}

/** A match on the table (RESPONDED, the brand's offer) that its creator can accept. */
async function offered(b: Brand, amount: bigint, commissionRateBp?: number) {
  const m = await createMatchFor(b.brand.id, {
    status: "RESPONDED",
    agreedAmount: null,
    offerAmount: amount,
    commissionRateBp,
  });
  const actor = {
    userId: m.creatorUser.id,
    role: "CREATOR" as const,
    brandIds: [],
    creatorId: m.creator.id,
  };
  const accept = () => transitionMatch(pool, actor, m.match.id, { to: "ACCEPTED", version: 0 });
  return { ...m, accept };
}

const brandActor = (b: Brand) => ({
  userId: b.manager.id,
  role: "BRAND_MANAGER" as const,
  brandIds: [b.brand.id],
  creatorId: null,
});

const ACTUALS = { views: 10_000, clicks: 300, sales: 12, revenue: 600_000 };

describe("escrow at acceptance", () => {
  let brand: Brand;
  beforeAll(async () => {
    brand = await createBrandWithManager();
  });

  it("refuses to accept when the escrow is short, with a 409 that says how to top up, changing nothing", async () => {
    await topUp(brand, 400_000n);
    const m = await offered(brand, 1_000_000n);
    const res = await matchSteps.POST(
      await apiRequest(`/api/v1/matches/${m.match.id}/transitions`, {
        method: "POST",
        userId: m.creatorUser.id,
        body: { to: "ACCEPTED", version: 0 },
      }),
      routeParams({ id: m.match.id }),
    );
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toBe(
      "The brand's escrow has ₩400,000 available, ₩600,000 short of the ₩1,000,000 to put aside. " +
        "The brand tops up under Billing (/dashboard/billing) first.",
    );
    const { rows } = await pool.query(`SELECT status::text, version FROM matches WHERE id = $1`, [
      m.match.id,
    ]);
    expect(rows[0]).toEqual({ status: "RESPONDED", version: 0 });
    expect(await entries(m.match.id)).toEqual([]);
    expect(await balance(brand.brand.id)).toEqual({ available: "400000", held: "0" });
  });

  it("refuses a brand that never topped up, writing no account, entry or step", async () => {
    const b = await createBrandWithManager();
    const m = await offered(b, 250_000n);
    await expect(m.accept()).rejects.toThrow(
      "The brand's escrow has ₩0 available, ₩250,000 short of the ₩250,000 to put aside.",
    );
    const { rows } = await pool.query(
      `SELECT status::text, version,
              (SELECT count(*)::int FROM match_status_changes WHERE match_id = m.id) AS steps,
              (SELECT count(*)::int FROM escrow_accounts WHERE brand_id = $2) AS accounts
         FROM matches m WHERE id = $1`,
      [m.match.id, b.brand.id],
    );
    expect(rows[0]).toEqual({ status: "RESPONDED", version: 0, steps: 0, accounts: 0 });
    expect(await entries(m.match.id)).toEqual([]);
  });

  it("fails the statement itself when the brand has no account, should the read before it ever miss that", async () => {
    const b = await createBrandWithManager();
    const m = await offered(b, 250_000n);
    const actor = {
      userId: m.creatorUser.id,
      role: "CREATOR" as const,
      brandIds: [],
      creatorId: m.creator.id,
    };
    const state = await readMatchState(pool, actor, m.match.id);
    expect(state?.escrowAccount).toBe(false);
    const statement = stepStatement(actor, state!, ["ACCEPTED"], { version: 0 }, null);
    expect(statement.hold?.amount).toBe(250_000n);
    const failed = await pool.query(statement.text, statement.values).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isEscrowMissing(failed)).toBe(true);
    const { rows } = await pool.query(
      `SELECT status::text, version,
              (SELECT count(*)::int FROM match_status_changes WHERE match_id = m.id) AS steps
         FROM matches m WHERE id = $1`,
      [m.match.id],
    );
    expect(rows[0]).toEqual({ status: "RESPONDED", version: 0, steps: 0 });
    expect(await entries(m.match.id)).toEqual([]);
  });

  it("holds the fee exactly once when acceptances race, and never overdraws", async () => {
    const b = await createBrandWithManager();
    await topUp(b, 1_500_000n);
    const one = await offered(b, 1_000_000n);
    const two = await offered(b, 1_000_000n);
    const results = await Promise.allSettled([
      one.accept(),
      one.accept(),
      two.accept(),
      two.accept(),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect((r.reason as AppError).code).toBe("conflict");
      }
    }
    // the loser reads the balance the winner left, also when it waited for the winner's lock
    const short = results.flatMap((r) =>
      r.status === "rejected" && /escrow/.test((r.reason as AppError).message)
        ? [(r.reason as AppError).message]
        : [],
    );
    expect(short.length).toBeGreaterThan(0);
    for (const message of short) expect(message).toMatch(/has ₩500,000 available, ₩500,000 short/);
    expect(await balance(b.brand.id)).toEqual({ available: "500000", held: "1000000" });
    const holds = [...(await entries(one.match.id)), ...(await entries(two.match.id))];
    expect(holds).toEqual(["HOLD:1000000"]);
  });

  it("tells an acceptance that waited for another's hold the balance that hold left", async () => {
    const b = await createBrandWithManager();
    await topUp(b, 1_500_000n);
    const m = await offered(b, 1_000_000n);
    // Another acceptance holds the account row, then leaves 300,000 available.
    const other = await pool.connect();
    try {
      const { rows: me } = await other.query(`SELECT pg_backend_pid() AS pid`);
      await other.query("BEGIN");
      await other.query(
        `UPDATE escrow_accounts SET available = 300000, held = 1200000
          WHERE brand_id = $1 AND currency = 'KRW'`,
        [b.brand.id],
      );
      const accepted = m.accept().then(
        () => "accepted",
        (e: AppError) => e.message,
      );
      // until this acceptance's hold waits for the row
      for (let waiting = 0; waiting === 0;) {
        await new Promise((r) => setTimeout(r, 20));
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
          [me[0].pid],
        );
        waiting = rows[0].n;
      }
      await other.query("COMMIT");
      expect(await accepted).toMatch(/^The brand's escrow has ₩300,000 available, ₩700,000 short/);
    } finally {
      other.release();
    }
  });
});

describe("settlement", () => {
  let brand: Brand;
  let other: Brand;
  let admin: { id: string };
  let m: Awaited<ReturnType<typeof offered>>;
  let settlementId: string;
  const platformBp = env().PLATFORM_COMMISSION_BP;

  beforeAll(async () => {
    brand = await createBrandWithManager();
    other = await createBrandWithManager();
    admin = await createUser("ADMIN");
    await topUp(brand, 5_000_000n);
    m = await offered(brand, 1_000_000n, 1250);
    await m.accept();
    const code = await createPromoCode(brand.brand.id, m.match);
    const at = new Date().toISOString();
    const order = (orderId: string, amount: number, kind: "ORDER" | "REFUND" = "ORDER") => ({
      orderId,
      kind,
      occurredAt: at,
      quantity: 1,
      amount,
      currency: "KRW" as const,
      promoCode: code,
    });
    await recordConversions(pool, brand.brand.id, "WEBHOOK", [
      order("S-1", 2_000_001),
      order("S-2", 445_678),
      order("S-2", 100_000, "REFUND"),
      order("S-3", 999_999),
    ]);
    await transitionMatch(pool, brandActor(brand), m.match.id, {
      to: "COMPLETED",
      version: 1,
      actuals: ACTUALS,
    });
    const { rows } = await pool.query(`SELECT id FROM settlements WHERE match_id = $1`, [
      m.match.id,
    ]);
    settlementId = rows[0].id;
  });

  const list = async (userId: string) =>
    (
      await (
        await settlementsRoute.GET(
          await apiRequest("/api/v1/settlements", { userId }),
          routeParams({}),
        )
      ).json()
    ).settlements as { id: string; [k: string]: unknown }[];
  const step = async (userId: string, body: unknown) =>
    steps.POST(
      await apiRequest(`/api/v1/settlements/${settlementId}/transitions`, {
        method: "POST",
        userId,
        body,
      }),
      routeParams({ id: settlementId }),
    );

  it("is written at completion, exact to the won: fee + commission on attributed net revenue, platform fee, payout", async () => {
    const revenue = 2_000_001n + 445_678n - 100_000n + 999_999n; // 3,345,678
    const expected = computeSettlement({
      fixedFee: 1_000_000n,
      commissionRateBp: 1250,
      attributedRevenue: revenue,
      platformFeeBp: platformBp,
    });
    expect(expected.commission).toBe(418_209n); // 418,209.75 rounded down
    const [s] = (await list(brand.manager.id)).filter((x) => x.id === settlementId);
    expect(s).toMatchObject({
      matchId: m.match.id,
      fixedFee: "1000000",
      commissionRateBp: 1250,
      attributedRevenue: String(revenue),
      commission: String(expected.commission),
      gross: String(expected.gross),
      platformFeeBp: platformBp,
      platformFee: String(expected.platformFee),
      creatorPayout: String(expected.creatorPayout),
      status: "PENDING",
    });
    expect(BigInt(s.creatorPayout as string) + BigInt(s.platformFee as string)).toBe(
      expected.gross,
    );
  });

  it("moves only PENDING → APPROVED → PAID, by admins only; paying captures the gross from escrow", async () => {
    expect((await step(brand.manager.id, { to: "APPROVED" })).status).toBe(403);
    expect((await step(m.creatorUser.id, { to: "APPROVED" })).status).toBe(403);
    const skip = await step(admin.id, { to: "PAID" });
    expect(skip.status).toBe(409);
    expect((await skip.json()).error.message).toBe("A settlement cannot go from PENDING to PAID");
    expect((await step(admin.id, { to: "APPROVED", note: "Checked" })).status).toBe(200);
    expect((await step(admin.id, { to: "APPROVED" })).status).toBe(409);
    const before = await balance(brand.brand.id);
    expect(before).toEqual({ available: "4000000", held: "1000000" });
    const paid = await step(admin.id, { to: "PAID" });
    expect(paid.status).toBe(200);
    expect(await paid.json()).toEqual({ settlement: { id: settlementId, status: "PAID" } });
    expect((await step(admin.id, { to: "PAID" })).status).toBe(409);
    const [s] = await list(admin.id).then((all) => all.filter((x) => x.id === settlementId));
    const gross = BigInt(s.gross as string);
    expect(await balance(brand.brand.id)).toEqual({
      available: String(4_000_000n + 1_000_000n - gross),
      held: "0",
    });
    expect(await entries(m.match.id)).toEqual([
      "HOLD:1000000",
      "RELEASE:1000000",
      `CAPTURE:${gross}`,
    ]);
    expect((s.history as { to: string; by: string }[]).map((h) => `${h.to}:${h.by}`)).toEqual([
      `PENDING:${brand.manager.name}`,
      "APPROVED:" +
        (await pool.query(`SELECT name FROM users WHERE id = $1`, [admin.id])).rows[0].name,
      "PAID:" + (await pool.query(`SELECT name FROM users WHERE id = $1`, [admin.id])).rows[0].name,
    ]);
  });

  it("refuses to pay what the escrow cannot cover (409), leaving it APPROVED", async () => {
    const poor = await createBrandWithManager();
    await topUp(poor, 1_000_000n);
    const x = await offered(poor, 1_000_000n, 5000);
    await x.accept();
    const code = await createPromoCode(poor.brand.id, x.match);
    await recordConversions(pool, poor.brand.id, "CSV", [
      {
        orderId: "P-1",
        kind: "ORDER",
        occurredAt: new Date().toISOString(),
        quantity: 1,
        amount: 1_000_000,
        currency: "KRW",
        promoCode: code,
      },
    ]);
    await transitionMatch(pool, brandActor(poor), x.match.id, {
      to: "COMPLETED",
      version: 1,
      actuals: ACTUALS,
    });
    const { rows } = await pool.query(`SELECT id FROM settlements WHERE match_id = $1`, [
      x.match.id,
    ]);
    const id = rows[0].id;
    const post = async (to: string) =>
      steps.POST(
        await apiRequest(`/api/v1/settlements/${id}/transitions`, {
          method: "POST",
          userId: admin.id,
          body: { to },
        }),
        routeParams({ id }),
      );
    expect((await post("APPROVED")).status).toBe(200);
    const res = await post("PAID");
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/₩500,000 short of the ₩1,500,000/);
    const after = await pool.query(`SELECT status::text FROM settlements WHERE id = $1`, [id]);
    expect(after.rows[0].status).toBe("APPROVED");
    expect(await balance(poor.brand.id)).toEqual({ available: "0", held: "1000000" });
  });

  it("shows each tenant only its own: another brand and another creator see nothing, 404 on a foreign step", async () => {
    expect((await list(brand.manager.id)).map((s) => s.id)).toContain(settlementId);
    expect((await list(m.creatorUser.id)).map((s) => s.id)).toEqual([settlementId]);
    expect((await list(other.manager.id)).map((s) => s.id)).not.toContain(settlementId);
    const stranger = await createMatchFor(other.brand.id);
    expect(await list(stranger.creatorUser.id)).toEqual([]);
    const csv = async (userId: string, table: string) =>
      (
        await exportRoute.GET(
          await apiRequest(`/api/v1/settlements/export?table=${table}`, { userId }),
          routeParams({}),
        )
      ).text();
    expect(await csv(brand.manager.id, "settlements")).toContain(settlementId);
    expect(await csv(other.manager.id, "settlements")).not.toContain(settlementId);
    const statements = await csv(m.creatorUser.id, "statements");
    expect(statements.split("\r\n")[0]).toBe(
      // (Response.text() drops the BOM the file starts with)
      "month,creator,currency,settlements,gross,platform_fee,creator_payout,paid,outstanding",
    );
    expect(statements.split("\r\n").filter(Boolean)).toHaveLength(2);
    const peek = await escrowRoute.GET(
      await apiRequest(`/api/v1/escrow?brandId=${brand.brand.id}`, { userId: other.manager.id }),
      routeParams({}),
    );
    expect(peek.status).toBe(404);
    const missing = "00000000-0000-4000-8000-000000000000";
    const res = await steps.POST(
      await apiRequest(`/api/v1/settlements/${missing}/transitions`, {
        method: "POST",
        userId: admin.id,
        body: { to: "APPROVED" },
      }),
      routeParams({ id: missing }),
    );
    expect(res.status).toBe(404);
  });
});

describe("top-ups", () => {
  it("deposit once per idempotency key, only into the caller's brand", async () => {
    const b = await createBrandWithManager();
    const other = await createBrandWithManager();
    const key = crypto.randomUUID();
    const send = async (userId: string, brandId: string) =>
      deposits.POST(
        await apiRequest("/api/v1/escrow/deposits", {
          method: "POST",
          userId,
          body: { brandId, amount: 250_000, idempotencyKey: key },
        }),
        routeParams({}),
      );
    const first = await send(b.manager.id, b.brand.id);
    expect(first.status).toBe(200);
    expect((await first.json()).deposit).toMatchObject({ available: "250000", duplicate: false });
    const again = await send(b.manager.id, b.brand.id);
    expect(again.status).toBe(200);
    expect((await again.json()).deposit).toMatchObject({ available: "250000", duplicate: true });
    expect((await send(other.manager.id, b.brand.id)).status).toBe(404);
    expect(await balance(b.brand.id)).toEqual({ available: "250000", held: "0" });
  });
});
