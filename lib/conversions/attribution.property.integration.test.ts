// Property: whatever mix of orders, refunds, resends, clicks (recent, too old, another
// brand's, unknown) and promo codes (any case, unknown) arrives, in whatever batches,
// the revenue stored per creator equals a recount by the attribution rule written out
// independently here.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import {
  createClick,
  createLink,
  createMatchFor,
  createPromoCode,
} from "@/test/helpers/money-fixtures";
import { recordConversions } from "./record-conversions.ts";
import type { OrderInput } from "./schemas.ts";

const DAY = 86_400_000;
let run = 0;

describe("attribution totals equal a recount", () => {
  let brandId: string;
  const creators: string[] = [];
  const clicks: Record<string, string | null> = {}; // click id -> creator it counts for
  const codes: Record<string, string | null> = {}; // code -> creator

  beforeAll(async () => {
    const a = await createBrandWithManager();
    const b = await createBrandWithManager();
    brandId = a.brand.id;
    for (let i = 0; i < 2; i++) {
      const m = await createMatchFor(brandId);
      creators.push(m.creator.id);
      const link = await createLink(brandId, m.match);
      clicks[await createClick(link, m.match, new Date(Date.now() - 3 * DAY))] = m.creator.id;
      clicks[await createClick(link, m.match, new Date(Date.now() - 40 * DAY))] = null; // too old
      codes[await createPromoCode(brandId, m.match)] = m.creator.id;
    }
    const foreign = await createMatchFor(b.brand.id);
    const fl = await createLink(b.brand.id, foreign.match);
    clicks[await createClick(fl, foreign.match, new Date(Date.now() - DAY))] = null; // brand B's
    clicks["ck_unknown"] = null;
    codes["NOPE"] = null;
  });

  it("for random order streams", async () => {
    const clickIds = Object.keys(clicks);
    const codeList = Object.keys(codes);
    const orderArb = fc.record({
      key: fc.integer({ min: 0, max: 15 }),
      refund: fc.boolean(),
      amount: fc.integer({ min: 0, max: 5_000_000 }),
      click: fc.option(fc.constantFrom(...clickIds), { nil: undefined }),
      code: fc.option(
        fc
          .tuple(fc.constantFrom(...codeList), fc.boolean())
          .map(([c, lower]) => (lower ? c.toLowerCase() : c)),
        { nil: undefined },
      ),
      batch: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(orderArb, { minLength: 1, maxLength: 25 }), async (draws) => {
        const prefix = `P${run++}-`;
        const at = new Date(Date.now() - DAY).toISOString();
        const orders = draws.map((d) => ({
          batch: d.batch,
          order: {
            orderId: `${prefix}${d.key}`,
            kind: d.refund ? "REFUND" : "ORDER",
            occurredAt: at,
            quantity: 1,
            amount: d.amount,
            currency: "KRW",
            clickId: d.click,
            promoCode: d.code,
          } satisfies OrderInput,
        }));

        // the model: orders before refunds per batch, first of a key wins
        const stored = new Map<string, { creator: string | null; amount: number }>();
        const ownRule = (o: OrderInput) =>
          (o.clickId && clicks[o.clickId]) ||
          (o.promoCode && codes[o.promoCode.toUpperCase()]) ||
          null;
        for (let batch = 0; batch < 3; batch++) {
          const inBatch = orders.filter((o) => o.batch === batch).map((o) => o.order);
          if (inBatch.length === 0) continue;
          for (const kind of ["ORDER", "REFUND"] as const) {
            for (const o of inBatch.filter((x) => x.kind === kind)) {
              const key = `${o.orderId}:${kind}`;
              if (stored.has(key)) continue;
              const creator =
                kind === "REFUND" && stored.has(`${o.orderId}:ORDER`)
                  ? stored.get(`${o.orderId}:ORDER`)!.creator
                  : ownRule(o);
              stored.set(key, { creator, amount: kind === "REFUND" ? -o.amount : o.amount });
            }
          }
          await recordConversions(pool, brandId, "WEBHOOK", inBatch);
        }
        const expected: Record<string, number> = {};
        for (const { creator, amount } of stored.values()) {
          const k = creator ?? "none";
          expected[k] = (expected[k] ?? 0) + amount;
        }
        const { rows } = await pool.query(
          `SELECT COALESCE(creator_id::text, 'none') AS k, sum(amount)::text AS total, count(*)::int AS n
             FROM conversions WHERE brand_id = $1 AND order_id LIKE $2 GROUP BY 1`,
          [brandId, `${prefix}%`],
        );
        const actual = Object.fromEntries(rows.map((r) => [r.k, Number(r.total)]));
        expect(actual).toEqual(expected);
        expect(rows.reduce((s, r) => s + r.n, 0)).toBe(stored.size);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });
});
