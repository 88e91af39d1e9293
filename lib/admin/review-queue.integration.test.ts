// The admin review queue: only PENDING reviews, oldest first, with their reasons,
// paged by a keyset cursor that neither skips nor repeats rows.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { genericPlan } from "@/test/helpers/generic-plan";
import type { Queryable } from "../reporting/queryable.ts";
import {
  insertBrand,
  insertCampaign,
  insertChannel,
  insertCreator,
  insertMatch,
  snapshotTransaction,
} from "../reporting/test-fixtures.ts";
import { listReviewQueue, PAGE_AFTER } from "./list-review-queue.ts";

let db: Queryable;
let done: () => Promise<void>;
let ids: Record<string, string>;

// Dates long before any demo or test data, so these rows are the head of the queue.
const at = (day: number) => new Date(Date.UTC(1990, 0, day, 9, 0, 0, 123));
const THRESHOLD = 5_000_000;

beforeEach(async () => {
  ({ db, done } = await snapshotTransaction());
  const brand = await insertBrand(db, { name: "Review Brand" });
  const campaign = await insertCampaign(db, brand, { title: "Big launch", budget: 50_000_000 });
  const other = await insertCampaign(db, brand, { title: "Other" });
  const veteran = await insertCreator(db, { name: "Veteran" });
  await insertChannel(db, veteran, { tier: "MACRO", subscribers: 250_000 });
  const newbie = await insertCreator(db, { name: "Newbie" });
  await insertChannel(db, newbie, { tier: "NANO", subscribers: 700 });
  // the veteran's track record: one completed match
  await insertMatch(db, other, veteran, { status: "COMPLETED", agreed: 1_000_000 });

  ids = {
    expensive: await insertMatch(db, campaign, veteran, {
      reviewStatus: "PENDING",
      offer: 8_000_000,
      score: 91.5,
      createdAt: at(1),
    }),
    // same created_at as the next one: the id breaks the tie
    lowConfidence: await insertMatch(db, campaign, newbie, {
      reviewStatus: "PENDING",
      confidence: "LOW",
      offer: 300_000,
      createdAt: at(2),
    }),
    approved: await insertMatch(db, other, newbie, {
      reviewStatus: "APPROVED",
      offer: 9_000_000,
      createdAt: at(1),
    }),
  };
  const third = await insertCampaign(db, brand, { title: "Third" });
  ids.manual = await insertMatch(db, third, veteran, {
    reviewStatus: "PENDING",
    reviewReason: "Brand asked for a manual check",
    offer: 100_000,
    createdAt: at(2),
  });
});

afterEach(async () => {
  await done();
});

describe("listReviewQueue", () => {
  it("lists pending reviews oldest first with the reasons they wait", async () => {
    const page = await listReviewQueue({ limit: 3, threshold: THRESHOLD }, db);
    const [a, b, c] = page.items;
    expect(a.matchId).toBe(ids.expensive);
    expect(a.reasons.map((r) => r.code)).toEqual(["ABOVE_BUDGET_THRESHOLD"]);
    expect(a).toMatchObject({
      score: 91.5,
      amount: 8_000_000,
      campaign: { title: "Big launch", budget: 50_000_000 },
      brand: { name: "Review Brand" },
      creator: { displayName: "Veteran", tier: "MACRO", subscribers: 250_000, completedMatches: 1 },
      createdAt: at(1).toISOString(),
    });
    // the two rows of day 2 come in id order
    expect([b.matchId, c.matchId]).toEqual([ids.lowConfidence, ids.manual].sort());
    const low = page.items.find((i) => i.matchId === ids.lowConfidence)!;
    expect(low.reasons.map((r) => r.code)).toEqual(["LOW_CONFIDENCE", "NEW_CREATOR"]);
    const manual = page.items.find((i) => i.matchId === ids.manual)!;
    expect(manual.reasons).toEqual([{ code: "FLAGGED", label: "Brand asked for a manual check" }]);
    expect(page.items.some((i) => i.matchId === ids.approved)).toBe(false);
    expect(page.threshold).toBe(THRESHOLD);
  });

  it("carries the app's review lines, so a hold for a serious risk reads in the admin's language", async () => {
    const lines = [
      { code: "SERIOUS_RISK", params: { risk: "fake_followers", riskParams: { ratio: 0.42 } } },
    ];
    await db.query(`UPDATE matches SET review_lines = $2::jsonb WHERE id = $1`, [
      ids.manual,
      JSON.stringify(lines),
    ]);
    const page = await listReviewQueue({ limit: 3, threshold: THRESHOLD }, db);
    const manual = page.items.find((i) => i.matchId === ids.manual)!;
    expect(manual.lines).toEqual(lines);
    // a risk is a reason of its own, whatever else holds the match
    expect(manual.reasons).toEqual([
      { code: "SERIOUS_RISK", label: "Serious risk: fake_followers" },
    ]);
    expect(page.items.find((i) => i.matchId === ids.expensive)!.lines).toBeNull();
  });

  it("pages with a cursor without skipping or repeating rows", async () => {
    const first = await listReviewQueue({ limit: 1, threshold: THRESHOLD }, db);
    expect(first.items.map((i) => i.matchId)).toEqual([ids.expensive]);
    expect(first.nextCursor).not.toBeNull();

    const { decodeReviewCursor } = await import("./review-cursor.ts");
    const second = await listReviewQueue(
      { limit: 1, cursor: decodeReviewCursor(first.nextCursor!) },
      db,
    );
    const third = await listReviewQueue(
      { limit: 1, cursor: decodeReviewCursor(second.nextCursor!) },
      db,
    );
    expect([second.items[0].matchId, third.items[0].matchId]).toEqual(
      [ids.lowConfidence, ids.manual].sort(),
    );
    expect(second.total).toBe(first.total);
  });

  it("starts a later page at its cursor in the index, also in a prepared statement's generic plan", async () => {
    // Else every page reads the queue from its oldest entry.
    const plan = await genericPlan(db, PAGE_AFTER);
    expect(plan).toContain("Index Scan using matches_review_queue_idx");
    expect(plan).toMatch(/Index Cond: \(ROW\(created_at, id\) > ROW\(\$2, \$3\)\)/);
  });

  it("counts every pending review and ends with a null cursor", async () => {
    const all = await listReviewQueue({ limit: 100, threshold: THRESHOLD }, db);
    const mine = all.items.filter((i) => Object.values(ids).includes(i.matchId));
    expect(mine).toHaveLength(3);
    if (all.total <= 100) {
      expect(all.items).toHaveLength(all.total);
      expect(all.nextCursor).toBeNull();
    }
  });
});
