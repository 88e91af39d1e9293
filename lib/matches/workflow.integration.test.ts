// The match workflow over the API against a real Postgres: proposals and review,
// every transition for every role, other tenants, stale versions and races.
import { beforeAll, describe, expect, it } from "vitest";
import * as matches from "@/app/api/v1/matches/route";
import * as one from "@/app/api/v1/matches/[id]/route";
import * as transitions from "@/app/api/v1/matches/[id]/transitions/route";
import * as messages from "@/app/api/v1/matches/[id]/messages/route";
import * as decisions from "@/app/api/v1/admin/review-queue/decisions/route";
import { pool } from "@/lib/db/client";
import type { MatchStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import { createScoredCreator } from "@/test/helpers/workflow-fixtures";
import { SYSTEM_ACTOR, type WorkflowActor } from "./actor.ts";
import { MATCH_STATUS_ORDER, MAX_PROPOSALS_PER_PAIR } from "./statuses.ts";
import { stepsTo, TRANSITIONS } from "./state-machine.ts";
import { reviewMatches } from "./review-matches.ts";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { decodeReviewCursor } from "@/lib/admin/review-cursor";
import { transitionMatch } from "./transition-match.ts";
import { topUpEscrow } from "@/lib/settlement/top-up-escrow";
import { loadCreatorDisplay } from "@/lib/creators/load-creator-display";
import { setShortlisted } from "./shortlist.ts";
import { recordConversions } from "@/lib/conversions/record-conversions";
import { createPromoCode } from "@/test/helpers/money-fixtures";
import { insertMatch } from "@/lib/reporting/test-fixtures";

const OFFER = { amount: 1_000_000, deliverables: "One dedicated video", message: "Hello!" };
const BIG = { ...OFFER, amount: 9_000_000 };

type Ids = { userId?: string };
const propose = async (body: unknown, { userId }: Ids) =>
  matches.POST(
    await apiRequest("/api/v1/matches", { method: "POST", body, userId }),
    routeParams({}),
  );
const get = async (id: string, userId: string) =>
  one.GET(await apiRequest(`/api/v1/matches/${id}`, { userId }), routeParams({ id }));
const say = async (id: string, body: unknown, userId: string) =>
  messages.POST(
    await apiRequest(`/api/v1/matches/${id}/messages`, { method: "POST", body, userId }),
    routeParams({ id }),
  );
const step = async (id: string, body: unknown, userId: string) =>
  transitions.POST(
    await apiRequest(`/api/v1/matches/${id}/transitions`, { method: "POST", body, userId }),
    routeParams({ id }),
  );

describe("match workflow API", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let other: Awaited<ReturnType<typeof createBrandWithManager>>;
  let admin: { id: string };
  /** The admin as the domain functions take an actor (reviewMatches). */
  const asAdmin = (): WorkflowActor => ({
    userId: admin.id,
    role: "ADMIN",
    brandIds: [],
    creatorId: null,
  });
  let campaignId: string;
  let known: Awaited<ReturnType<typeof createScoredCreator>>;
  let fresh: Awaited<ReturnType<typeof createScoredCreator>>;
  let stranger: Awaited<ReturnType<typeof createScoredCreator>>;

  /** A fresh creator with a track record, and a proposal sent straight to them. */
  async function sentProposal() {
    const c = await createScoredCreator({ track: true });
    const res = await propose(
      { campaignId, creatorId: c.creatorId, offer: OFFER },
      { userId: owner.manager.id },
    );
    return { c, match: (await res.json()).match as { id: string } };
  }

  beforeAll(async () => {
    owner = await createBrandWithManager();
    other = await createBrandWithManager();
    admin = await createUser("ADMIN");
    campaignId = (await createCampaignFor(owner.brand.id)).id;
    // acceptance puts the fee aside in the brand's escrow (lib/settlement)
    await topUpEscrow(pool, {
      brandId: owner.brand.id,
      amount: 1_000_000_000n,
      currency: "KRW",
      idempotencyKey: "workflow-test",
      actorId: owner.manager.id,
    });
    known = await createScoredCreator({ track: true });
    fresh = await createScoredCreator();
    stranger = await createScoredCreator({ track: true });
  });

  describe("proposals", () => {
    it("sends a proposal below the review rules straight to the creator, scored by the engine", async () => {
      const res = await propose(
        { campaignId, creatorId: known.creatorId, offer: OFFER },
        {
          userId: owner.manager.id,
        },
      );
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toEqual({
        match: {
          id: expect.any(String),
          status: "CONTACTED",
          version: 1,
          review: { required: false, reasons: [], lines: [] },
        },
        campaignActivated: false,
      });
      const { match } = body;
      const detail = (await (await get(match.id, known.user.id)).json()).match;
      expect(detail.history.map((h: { to: string }) => h.to)).toEqual(["PENDING", "CONTACTED"]);
      expect(detail.history.map((h: { line: { code: string } }) => h.line.code)).toEqual([
        "proposed",
        "proposalSent",
      ]);
      const thread = await pool.query(
        `SELECT kind::text, sender_id, body, amount::int FROM match_messages WHERE match_id = $1`,
        [match.id],
      );
      expect(thread.rows).toEqual([
        {
          kind: "PROPOSAL",
          sender_id: owner.manager.id,
          body: "Hello!", // the offer's message; its deliverables when it has none
          amount: 1_000_000,
        },
      ]);
      expect(detail.score).toBeGreaterThan(0);
      expect(detail.offers).toEqual([
        expect.objectContaining({
          side: "BRAND",
          amount: 1_000_000,
          deliverables: "One dedicated video",
        }),
      ]);
      // the creator answers a fresh proposal in one step (through RESPONDED)
      expect(detail.allowed).toEqual(["RESPONDED", "NEGOTIATING", "ACCEPTED", "REJECTED"]);
      const { rows } = await pool.query(
        `SELECT n.kind, o.to_address FROM notifications n
           JOIN users u ON u.id = n.user_id JOIN email_outbox o ON o.to_address = u.email
          WHERE n.match_id = $1`,
        [match.id],
      );
      expect(rows).toEqual([{ kind: "proposal", to_address: known.user.email }]);
      const stored = await pool.query(
        `SELECT features_at_proposal->>'medianViews' AS mv, forecast->'views' AS views FROM matches WHERE id = $1`,
        [match.id],
      );
      expect(Number(stored.rows[0].mv)).toBeGreaterThan(10_000);
      expect(stored.rows[0].views.min).toBeLessThanOrEqual(stored.rows[0].views.max);
    });

    it("scores the fee offered, not the creator's rate card, and stores the creator's own features", async () => {
      // two creators alike in everything, rate cards of ₩1,000,000 both
      const [card, cheaper] = [await createScoredCreator(), await createScoredCreator()];
      const ids = [];
      for (const [c, amount] of [
        [card, 1_000_000],
        [cheaper, 300_000],
      ] as const) {
        const res = await propose(
          { campaignId, creatorId: c.creatorId, offer: { ...OFFER, amount } },
          { userId: owner.manager.id },
        );
        expect(res.status).toBe(201);
        ids.push((await res.json()).match.id);
      }
      const { rows } = await pool.query(
        `SELECT budget_fit, score, (forecast->>'costPerView')::float8 AS cpv,
                (features_at_proposal->>'ratePerVideo')::int AS rate
           FROM matches WHERE id = ANY($1) ORDER BY array_position($1, id)`,
        [ids],
      );
      const [atCard, atOffer] = rows;
      expect(atOffer.budget_fit).toBeGreaterThan(atCard.budget_fit);
      expect(atOffer.score).toBeGreaterThan(atCard.score);
      expect(atOffer.cpv).toBeLessThan(atCard.cpv);
      expect([atCard.rate, atOffer.rate]).toEqual([1_000_000, 1_000_000]);
      // a commission is part of the price: ₩300,000 and half the revenue is no bargain
      const withCommission = await createScoredCreator();
      const res = await propose(
        {
          campaignId,
          creatorId: withCommission.creatorId,
          offer: { ...OFFER, amount: 300_000, commissionRateBp: 5_000 },
        },
        { userId: owner.manager.id },
      );
      const { rows: more } = await pool.query(
        `SELECT budget_fit, (forecast->>'costPerView')::float8 AS cpv FROM matches WHERE id = $1`,
        [(await res.json()).match.id],
      );
      expect(more[0].cpv).toBeGreaterThan(atOffer.cpv);
      expect(more[0].budget_fit).toBeLessThanOrEqual(atOffer.budget_fit);
    });

    it("refuses a proposal whose work starts in the past, on its field", async () => {
      const c = await createScoredCreator();
      const res = await propose(
        {
          campaignId,
          creatorId: c.creatorId,
          offer: { ...OFFER, startsOn: "2020-01-01", endsOn: "2020-01-31" },
        },
        { userId: owner.manager.id },
      );
      expect(res.status).toBe(422);
      expect((await res.json()).error.fields).toEqual({
        "offer.startsOn": ["The start date is in the past"],
      });
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM matches WHERE creator_id = $1`,
        [c.creatorId],
      );
      expect(rows[0].n).toBe(0);
    });

    it("takes a draft campaign live with its first proposal, and sends none from a paused one", async () => {
      const draft = (await createCampaignFor(owner.brand.id, { status: "DRAFT" })).id;
      const [a, b] = [
        await createScoredCreator({ track: true }),
        await createScoredCreator({ track: true }),
      ];
      const first = await propose(
        { campaignId: draft, creatorId: a.creatorId, offer: OFFER },
        { userId: owner.manager.id },
      );
      expect(first.status).toBe(201);
      expect((await first.json()).campaignActivated).toBe(true);
      const campaignState = async () =>
        (
          await pool.query(
            `SELECT c.status::text, c.version,
                    array(SELECT from_status::text || '>' || to_status::text
                            FROM campaign_status_changes WHERE campaign_id = c.id
                           ORDER BY created_at) AS history,
                    (SELECT count(*)::int FROM matches WHERE campaign_id = c.id) AS matches
               FROM campaigns c WHERE c.id = $1`,
            [draft],
          )
        ).rows[0];
      expect(await campaignState()).toEqual({
        status: "ACTIVE",
        version: 2, // created at 1
        history: ["DRAFT>ACTIVE"],
        matches: 1,
      });

      await pool.query(`UPDATE campaigns SET status = 'PAUSED' WHERE id = $1`, [draft]);
      const refused = await propose(
        { campaignId: draft, creatorId: b.creatorId, offer: OFFER },
        { userId: owner.manager.id },
      );
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toBe(
        "This campaign is paused: resume it to send proposals",
      );
      expect((await campaignState()).matches).toBe(1);

      await pool.query(`UPDATE campaigns SET status = 'ACTIVE' WHERE id = $1`, [draft]);
      const resumed = await propose(
        { campaignId: draft, creatorId: b.creatorId, offer: OFFER },
        { userId: owner.manager.id },
      );
      expect(resumed.status).toBe(201);
      expect((await resumed.json()).campaignActivated).toBe(false);
      expect(await campaignState()).toMatchObject({ version: 2, matches: 2 });
    });

    it("sends no proposal on a campaign being paused: it waits for the pause and answers 409", async () => {
      const paused = (await createCampaignFor(owner.brand.id)).id;
      const c = await createScoredCreator({ track: true });
      // a status change under way, as updateCampaign makes it: the row locked, not committed
      const tx = await pool.connect();
      try {
        await tx.query("BEGIN");
        await tx.query(`SELECT 1 FROM campaigns WHERE id = $1 FOR UPDATE`, [paused]);
        await tx.query(`UPDATE campaigns SET status = 'PAUSED' WHERE id = $1`, [paused]);
        const pending = propose(
          { campaignId: paused, creatorId: c.creatorId, offer: OFFER },
          { userId: owner.manager.id },
        );
        // the proposal read ACTIVE and now waits on the lock in its insert
        for (let waiting = 0; waiting === 0;) {
          await new Promise((r) => setTimeout(r, 20));
          ({ waiting } = (
            await pool.query(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                  AND query LIKE '%INSERT INTO matches%'`,
            )
          ).rows[0]);
        }
        await tx.query("COMMIT");
        const res = await pending;
        expect(res.status).toBe(409);
        expect((await res.json()).error.message).toBe(
          "This campaign is paused: resume it to send proposals",
        );
      } finally {
        tx.release();
      }
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM matches WHERE campaign_id = $1`,
        [paused],
      );
      expect(rows[0].n).toBe(0);
    });

    it("activates a draft once when two first proposals race", async () => {
      const draft = (await createCampaignFor(owner.brand.id, { status: "DRAFT" })).id;
      const creators = [
        await createScoredCreator({ track: true }),
        await createScoredCreator({ track: true }),
      ];
      const answers = await Promise.all(
        creators.map(async (c) =>
          (
            await propose(
              { campaignId: draft, creatorId: c.creatorId, offer: OFFER },
              { userId: owner.manager.id },
            )
          ).json(),
        ),
      );
      expect(answers.map((a) => a.campaignActivated).sort()).toEqual([false, true]);
      const { rows } = await pool.query(
        `SELECT c.status::text, c.version,
                (SELECT count(*)::int FROM campaign_status_changes WHERE campaign_id = c.id) AS moves
           FROM campaigns c WHERE c.id = $1`,
        [draft],
      );
      expect(rows[0]).toEqual({ status: "ACTIVE", version: 2, moves: 1 });
    });

    it("sends one above the threshold, or to a new creator, to admin review with the reasons", async () => {
      const res = await propose(
        { campaignId, creatorId: fresh.creatorId, offer: BIG },
        {
          userId: owner.manager.id,
        },
      );
      const { match } = await res.json();
      expect(match.status).toBe("PENDING");
      expect(match.review.required).toBe(true);
      expect(match.review.reasons).toEqual([
        "Offer ₩9,000,000 is above the ₩5,000,000 review threshold",
        "New creator: no completed campaign on the platform yet",
      ]);
      const why = [
        {
          code: "ABOVE_BUDGET_THRESHOLD",
          params: { amount: 9_000_000, threshold: 5_000_000, currency: "KRW" },
        },
        { code: "NEW_CREATOR", params: {} },
      ];
      expect(match.review.lines).toEqual(why);
      // stored with the match, as codes, for each reader's language
      const detail = (await (await get(match.id, owner.manager.id)).json()).match;
      expect(detail.review.lines).toEqual(why);
      expect(detail.history[0].line).toEqual({ code: "proposedForReview", params: {} });
      // the brand cannot send it past the review
      const sent = await step(match.id, { to: "CONTACTED", version: 0 }, owner.manager.id);
      expect(sent.status).toBe(409);
    });

    it("refuses a second proposal for the same pair, other brands, creators and bad bodies", async () => {
      const body = { campaignId, creatorId: known.creatorId, offer: OFFER };
      const again = await propose(body, { userId: owner.manager.id });
      expect(again.status).toBe(409);
      expect((await again.json()).error.message).toContain("already has a match");
      expect((await propose(body, { userId: other.manager.id })).status).toBe(404);
      expect((await propose(body, { userId: known.user.id })).status).toBe(403);
      const bad = await propose(
        {
          campaignId,
          creatorId: known.creatorId,
          offer: { amount: -5, deliverables: "x".repeat(2000) },
        },
        { userId: owner.manager.id },
      );
      expect(bad.status).toBe(422);
      const { fields } = (await bad.json()).error;
      expect(Object.keys(fields).sort()).toEqual(["offer.amount", "offer.deliverables"]);
    });
    it("proposes a creator again once the earlier proposal ended without an agreement, one live match at a time", async () => {
      const { c, match } = await sentProposal();
      const body = { campaignId, creatorId: c.creatorId, offer: { ...OFFER, amount: 1_200_000 } };
      const early = await propose(body, { userId: owner.manager.id });
      expect(early.status).toBe(409);
      expect((await early.json()).error.message).toBe(
        "This creator already has a match for this campaign (CONTACTED)",
      );
      const declined = await step(
        match.id,
        { to: "REJECTED", version: 1, note: "Too low" },
        c.user.id,
      );
      expect(declined.status).toBe(200);
      // a raised offer after the "no": two at once, and the unique index lets one through
      const both = await Promise.all([
        propose(body, { userId: owner.manager.id }),
        propose(body, { userId: owner.manager.id }),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      const second = (await both.find((r) => r.status === 201)!.json()).match;
      expect(second).toMatchObject({ status: "CONTACTED", version: 1 });
      expect(second.id).not.toBe(match.id);
      // the ranked rows and the shortlist show the creator's current match
      const shown = await loadCreatorDisplay(pool, [c.creatorId], campaignId);
      expect(shown.get(c.creatorId)!.match).toEqual({
        id: second.id,
        status: "CONTACTED",
        proposals: 2,
      });
      const listed = await setShortlisted(pool, [owner.brand.id], {
        campaignId,
        creatorId: c.creatorId,
        on: true,
        userId: owner.manager.id,
      });
      expect(listed.entries.find((e) => e.creatorId === c.creatorId)!.match).toEqual({
        id: second.id,
        status: "CONTACTED",
      });
      // the first keeps its ending, and the creator's inbox holds both
      expect((await (await get(match.id, owner.manager.id)).json()).match.status).toBe("REJECTED");
      const inbox = await matches.GET(
        await apiRequest(`/api/v1/matches?campaignId=${campaignId}&limit=100`, {
          userId: c.user.id,
        }),
        routeParams({}),
      );
      expect(
        (await inbox.json()).matches.map((m: { id: string; status: string }) => [m.id, m.status]),
      ).toEqual([
        [second.id, "CONTACTED"],
        [match.id, "REJECTED"],
      ]);
    });
    it("sends a pair an admin rejected back to review whatever the new offer, and stops at three proposals", async () => {
      const c = await createScoredCreator({ track: true });
      const body = (amount: number) => ({
        campaignId,
        creatorId: c.creatorId,
        offer: { ...OFFER, amount },
      });
      const first = (await (await propose(body(9_000_000), { userId: owner.manager.id })).json())
        .match;
      const rejected = await reviewMatches(pool, asAdmin(), {
        matchIds: [first.id],
        decision: "REJECT",
        reason: "Far above what this channel earns",
      });
      expect(rejected.results[0]).toMatchObject({ ok: true, status: "REJECTED" });
      // below the threshold, for a creator with a track record: the rejection still holds it
      const second = (await (await propose(body(1_000_000), { userId: owner.manager.id })).json())
        .match;
      expect(second).toMatchObject({
        status: "PENDING",
        review: {
          required: true,
          reasons: ["An admin rejected an earlier proposal to this creator for this campaign"],
          lines: [{ code: "REJECTED_BEFORE", params: {} }],
        },
      });
      // the admins' queue says why (paged: other tests leave proposals waiting too)
      let page = await listReviewQueue({ limit: 100 });
      let inQueue = page.items.find((i) => i.matchId === second.id);
      while (!inQueue && page.nextCursor) {
        page = await listReviewQueue({ limit: 100, cursor: decodeReviewCursor(page.nextCursor) });
        inQueue = page.items.find((i) => i.matchId === second.id);
      }
      expect(inQueue?.reasons.map((r) => r.code)).toEqual(["REJECTED_BEFORE"]);
      // withdrawn, a third; withdrawn again, no fourth
      expect((await step(second.id, { to: "REJECTED", version: 0 }, owner.manager.id)).status).toBe(
        200,
      );
      const third = await propose(body(1_100_000), { userId: owner.manager.id });
      expect(third.status).toBe(201);
      const thirdId = (await third.json()).match.id;
      // while it is open, that is what stands in the way
      const early = await propose(body(1_200_000), { userId: owner.manager.id });
      expect((await early.json()).error.message).toBe(
        "This creator already has a match for this campaign (PENDING)",
      );
      expect((await step(thirdId, { to: "REJECTED", version: 0 }, owner.manager.id)).status).toBe(
        200,
      );
      const fourth = await propose(body(1_200_000), { userId: owner.manager.id });
      expect(fourth.status).toBe(409);
      expect((await fourth.json()).error.message).toBe(
        "This creator has had 3 proposals for this campaign: no more can be sent",
      );
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM matches WHERE campaign_id = $1 AND creator_id = $2`,
        [campaignId, c.creatorId],
      );
      expect(rows[0].n).toBe(MAX_PROPOSALS_PER_PAIR);
      // the breakdown knows, and offers no form (creator-panel.tsx)
      const shown = await loadCreatorDisplay(pool, [c.creatorId], campaignId);
      expect(shown.get(c.creatorId)!.match).toEqual({
        id: thirdId,
        status: "REJECTED",
        proposals: 3,
      });
    });
    it("shows the pair's other proposals: the brand all of them, the creator those that reached them", async () => {
      const c = await createScoredCreator({ track: true });
      const body = (amount: number) => ({
        campaignId,
        creatorId: c.creatorId,
        offer: { ...OFFER, amount },
      });
      const proposeAndDecide = async (amount: number, decision: "APPROVE" | "REJECT") => {
        const { match } = await (await propose(body(amount), { userId: owner.manager.id })).json();
        const decided = await reviewMatches(pool, asAdmin(), {
          matchIds: [match.id],
          decision,
          reason: "Checked",
        });
        expect(decided.results[0]).toMatchObject({ ok: true });
        return match.id as string;
      };
      const view = async (id: string, userId: string) => {
        const res = await get(id, userId);
        expect(res.status).toBe(200);
        return (await res.json()).match;
      };
      // rejected in review: the creator never saw it
      const first = await proposeAndDecide(9_000_000, "REJECT");
      // approved, countered by the creator, declined by the brand
      const second = await proposeAndDecide(1_000_000, "APPROVE");
      const countered = await step(
        second,
        {
          to: "NEGOTIATING",
          version: (await view(second, c.user.id)).version,
          offer: { amount: 1_300_000, deliverables: "One video" },
        },
        c.user.id,
      );
      expect(countered.status).toBe(200);
      const declined = await step(
        second,
        { to: "REJECTED", version: (await countered.json()).match.version, note: "Over budget" },
        owner.manager.id,
      );
      expect(declined.status).toBe(200);
      const third = await proposeAndDecide(1_500_000, "APPROVE");

      const entry = (
        id: string,
        status: string,
        newer: boolean,
        offerAmount: number,
        lastOffer: object,
      ) => ({
        id,
        status,
        newer,
        proposedAt: expect.any(String),
        statusChangedAt: expect.any(String),
        offerAmount,
        lastOffer,
      });
      const secondEntry = entry(second, "REJECTED", false, 1_000_000, {
        side: "CREATOR",
        amount: 1_300_000,
      });
      expect((await view(third, owner.manager.id)).otherProposals).toEqual([
        secondEntry,
        entry(first, "REJECTED", false, 9_000_000, { side: "BRAND", amount: 9_000_000 }),
      ]);
      expect((await view(third, c.user.id)).otherProposals).toEqual([secondEntry]);
      expect((await view(second, c.user.id)).otherProposals).toEqual([
        entry(third, "CONTACTED", true, 1_500_000, { side: "BRAND", amount: 1_500_000 }),
      ]);
      // another brand's manager reads none of it
      expect((await get(third, other.manager.id)).status).toBe(404);
    });
  });

  describe("the negotiation", () => {
    it("agrees a fee above the review threshold only on a match an admin approved", async () => {
      // sent straight to the creator (below the threshold, a creator with a track record)
      const { c, match } = await sentProposal();
      // the brand cannot counter itself past review...
      let res = await step(
        match.id,
        { to: "NEGOTIATING", version: 1, offer: BIG },
        owner.manager.id,
      );
      expect(res.status).toBe(403); // the creator answers first: CONTACTED is theirs
      res = await step(
        match.id,
        { to: "NEGOTIATING", version: 1, offer: { amount: 1_100_000, deliverables: "One video" } },
        c.user.id,
      );
      expect(res.status).toBe(200);
      res = await step(match.id, { to: "NEGOTIATING", version: 2, offer: BIG }, owner.manager.id);
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toBe(
        "A fee above ₩5,000,000 needs an admin's review: decline this match and propose again at that fee",
      );
      // ...and a creator's counter past it cannot be accepted
      res = await step(match.id, { to: "NEGOTIATING", version: 2, offer: OFFER }, owner.manager.id);
      expect(res.status).toBe(200);
      res = await step(match.id, { to: "NEGOTIATING", version: 3, offer: BIG }, c.user.id);
      expect(res.status).toBe(200);
      res = await step(match.id, { to: "ACCEPTED", version: 4 }, owner.manager.id);
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toBe(
        "An agreement above ₩5,000,000 needs an admin's review: decline this match, and the brand can propose again at that fee",
      );
      const detail = (await (await get(match.id, owner.manager.id)).json()).match;
      expect(detail).toMatchObject({ status: "NEGOTIATING", version: 4, agreedAmount: null });
      // the page offers no "Accept" it would refuse, and says why
      expect(detail.agreementNeedsReview).toBe(true);
      expect(detail.reviewThreshold).toBe(5_000_000);
      expect(detail.allowed).toEqual(["NEGOTIATING", "REJECTED"]);

      // approved in review, the two sides negotiate the fee freely
      const big = await createScoredCreator({ track: true });
      const { match: held } = await (
        await propose(
          { campaignId, creatorId: big.creatorId, offer: BIG },
          { userId: owner.manager.id },
        )
      ).json();
      await reviewMatches(pool, asAdmin(), {
        matchIds: [held.id],
        decision: "APPROVE",
        reason: "Fine",
      });
      const v = (await (await get(held.id, big.user.id)).json()).match.version;
      res = await step(
        held.id,
        { to: "NEGOTIATING", version: v, offer: { ...BIG, amount: 9_500_000 } },
        big.user.id,
      );
      expect(res.status).toBe(200);
      // answering a fresh proposal with a counter is one step (through RESPONDED)
      const approved = (await (await get(held.id, owner.manager.id)).json()).match;
      expect(approved.agreementNeedsReview).toBe(false);
      expect(approved.allowed).toContain("ACCEPTED");
      res = await step(held.id, { to: "ACCEPTED", version: v + 1 }, owner.manager.id);
      expect(res.status).toBe(200);
      expect((await (await get(held.id, owner.manager.id)).json()).match.agreedAmount).toBe(
        9_500_000,
      );
    });
    it("applies the rule to a match from before offers were stored: its proposal's fee is on the table", async () => {
      const c = await createScoredCreator({ track: true });
      const legacy = await insertMatch(pool, campaignId, c.creatorId, {
        status: "CONTACTED",
        reviewStatus: "NOT_REQUIRED",
        offer: BIG.amount,
      });
      const detail = (await (await get(legacy, c.user.id)).json()).match;
      expect(detail.offers).toEqual([]);
      expect(detail.agreementNeedsReview).toBe(true);
      expect(detail.allowed).not.toContain("ACCEPTED");
      const res = await step(legacy, { to: "ACCEPTED", version: detail.version }, c.user.id);
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toContain("needs an admin's review");
      // at or below the threshold the same legacy match can be agreed
      const small = await createScoredCreator({ track: true });
      const fine = await insertMatch(pool, campaignId, small.creatorId, {
        status: "CONTACTED",
        reviewStatus: "NOT_REQUIRED",
        offer: OFFER.amount,
      });
      const ok = (await (await get(fine, small.user.id)).json()).match;
      expect(ok.agreementNeedsReview).toBe(false);
      expect(ok.allowed).toContain("ACCEPTED");
    });

    it("walks counter → accept the counter → complete with actuals, writing the history", async () => {
      const { c, match } = await sentProposal();
      const counter = { amount: 1_300_000, deliverables: "One video and a Short" };
      let res = await step(match.id, { to: "NEGOTIATING", version: 1, offer: counter }, c.user.id);
      expect(res.status).toBe(200);
      expect((await res.json()).match).toEqual({ id: match.id, status: "NEGOTIATING", version: 2 });
      // both sides' lists show the offer on the table now, beside the first one
      for (const userId of [c.user.id, owner.manager.id]) {
        const list = await matches.GET(
          await apiRequest(`/api/v1/matches?campaignId=${campaignId}`, { userId }),
          routeParams({}),
        );
        const row = (await list.json()).matches.find((m: { id: string }) => m.id === match.id);
        expect([row.offerAmount, row.lastOffer]).toEqual([
          OFFER.amount,
          { amount: 1_300_000, side: "CREATOR" },
        ]);
      }
      // the creator cannot accept their own counter
      res = await step(match.id, { to: "ACCEPTED", version: 2 }, c.user.id);
      expect(res.status).toBe(409);
      res = await step(match.id, { to: "ACCEPTED", version: 2, note: "Deal" }, owner.manager.id);
      expect(res.status).toBe(200);
      res = await step(match.id, { to: "COMPLETED", version: 3 }, c.user.id);
      expect(res.status).toBe(403);
      res = await step(match.id, { to: "COMPLETED", version: 3 }, owner.manager.id);
      expect(res.status).toBe(422);
      expect((await res.json()).error.fields).toHaveProperty("actuals");
      // more views or clicks than the store holds: 422 with the field, nothing written
      const tooMany = { views: 3_000_000_000, clicks: 700, sales: 31, revenue: 1_900_000 };
      res = await step(
        match.id,
        { to: "COMPLETED", version: 3, actuals: tooMany },
        owner.manager.id,
      );
      expect(res.status).toBe(422);
      expect((await res.json()).error.fields).toHaveProperty(["actuals.views"]);
      const actuals = { views: 25_000, clicks: 700, sales: 31, revenue: 1_900_000 };
      res = await step(match.id, { to: "COMPLETED", version: 3, actuals }, owner.manager.id);
      expect(res.status).toBe(200);
      const detail = (await (await get(match.id, owner.manager.id)).json()).match;
      expect(detail.status).toBe("COMPLETED");
      expect(detail.agreedAmount).toBe(1_300_000);
      expect(detail.actuals).toEqual(actuals);
      expect(detail.history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
        "null>PENDING",
        "PENDING>CONTACTED",
        "CONTACTED>RESPONDED",
        "RESPONDED>NEGOTIATING",
        "NEGOTIATING>ACCEPTED",
        "ACCEPTED>COMPLETED",
      ]);
      expect(detail.allowed).toEqual([]);
      // what the platform wrote is stored as codes, so each reader gets it in their language
      expect(detail.history[2].line).toEqual({ code: "creatorAnswered", params: {} });
      expect(detail.history[2].note).toBe("Creator answered");
      expect(detail.explanation[0].code).toMatch(/^audience/);
      expect(detail.explanation[1].code).toMatch(/^category/);
      expect(detail.reasons).toHaveLength(detail.explanation.length);
      for (const r of detail.risks) expect(r.params).toEqual(expect.any(Object));
      const thread = await messages.GET(
        await apiRequest(`/api/v1/matches/${match.id}/messages`, { userId: c.user.id }),
        routeParams({ id: match.id }),
      );
      const lines = (await thread.json()).messages
        .filter((m: { line: unknown }) => m.line !== null)
        .map((m: { body: string; line: unknown }) => [m.line, m.body]);
      expect(lines).toEqual([
        [
          { code: "counterOffer", params: { currency: "KRW", ...counter } },
          "Counter-offer: ₩1,300,000 for One video and a Short",
        ],
        [
          { code: "agreementReached", params: { amount: 1_300_000, currency: "KRW" } },
          "Agreement reached at ₩1,300,000.",
        ],
        [{ code: "markedComplete", params: {} }, "Marked complete with the actual results."],
      ]);
    });

    it("agrees a commission % in the offer: the accepted counter's rate is stored and settled", async () => {
      const c = await createScoredCreator({ track: true });
      const proposed = await propose(
        { campaignId, creatorId: c.creatorId, offer: { ...OFFER, commissionRateBp: 1000 } },
        { userId: owner.manager.id },
      );
      expect(proposed.status).toBe(201);
      const { match } = await proposed.json();
      const counter = { amount: 900_000, deliverables: "One video", commissionRateBp: 1500 };
      expect(
        (await step(match.id, { to: "NEGOTIATING", version: 1, offer: counter }, c.user.id)).status,
      ).toBe(200);
      let detail = (await (await get(match.id, owner.manager.id)).json()).match;
      expect(
        detail.offers.map((o: { side: string; commissionRateBp: number }) => [
          o.side,
          o.commissionRateBp,
        ]),
      ).toEqual([
        ["BRAND", 1000],
        ["CREATOR", 1500],
      ]);
      expect((await step(match.id, { to: "ACCEPTED", version: 2 }, owner.manager.id)).status).toBe(
        200,
      );
      detail = (await (await get(match.id, c.user.id)).json()).match;
      expect(detail).toMatchObject({ agreedAmount: 900_000, commissionRateBp: 1500 });

      const code = await createPromoCode(owner.brand.id, {
        id: match.id,
        campaignId,
        creatorId: c.creatorId,
      });
      await recordConversions(pool, owner.brand.id, "WEBHOOK", [
        {
          orderId: `cm-${match.id}`,
          kind: "ORDER",
          occurredAt: new Date().toISOString(),
          quantity: 1,
          amount: 333_333,
          currency: "KRW",
          promoCode: code,
        },
      ]);
      const actuals = { views: 1, clicks: 1, sales: 1, revenue: 333_333 };
      await step(match.id, { to: "COMPLETED", version: 3, actuals }, owner.manager.id);
      const { rows } = await pool.query(
        `SELECT commission_rate_bp, commission::text, gross::text FROM settlements WHERE match_id = $1`,
        [match.id],
      );
      // 15 % of 333,333 = 49,999.95, rounded down
      expect(rows).toEqual([{ commission_rate_bp: 1500, commission: "49999", gross: "949999" }]);
    });

    it("refuses a commission outside 0–50 % or in fractions of a basis point, with the field", async () => {
      for (const commissionRateBp of [5001, -1, 12.5]) {
        const c = await createScoredCreator({ track: true });
        const res = await propose(
          { campaignId, creatorId: c.creatorId, offer: { ...OFFER, commissionRateBp } },
          { userId: owner.manager.id },
        );
        expect(res.status).toBe(422);
        expect(Object.keys((await res.json()).error.fields)).toEqual(["offer.commissionRateBp"]);
      }
    });

    it("answers a stale version with 409 saying what changed", async () => {
      const { c, match } = await sentProposal();
      await step(match.id, { to: "REJECTED", version: 1, note: "Fully booked" }, c.user.id);
      const res = await step(match.id, { to: "ACCEPTED", version: 1 }, c.user.id);
      expect(res.status).toBe(409);
      const { error } = await res.json();
      expect(error.message).toMatch(/changed while you were looking: .* moved it to declined/);
      expect(error.fields.version).toEqual(["Now 2: declined"]);
    });

    it("lets exactly one of two simultaneous steps win", async () => {
      const { c, match } = await sentProposal();
      const results = await Promise.all([
        step(match.id, { to: "ACCEPTED", version: 1 }, c.user.id),
        step(match.id, { to: "REJECTED", version: 1, note: "No" }, c.user.id),
        step(match.id, { to: "NEGOTIATING", version: 1, offer: OFFER }, c.user.id),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM match_status_changes WHERE match_id = $1`,
        [match.id],
      );
      // PENDING, CONTACTED, and the winner's RESPONDED + final step
      expect(rows[0].n).toBe(4);
    });
  });

  describe("tenancy", () => {
    it("pages a brand's matches by an opaque cursor that only its own list accepts", async () => {
      const list = async (qs: string, userId: string) =>
        matches.GET(await apiRequest(`/api/v1/matches?${qs}`, { userId }), routeParams({}));
      // this test's own brand and campaign: three proposals sent
      const mine = await createBrandWithManager();
      const campaign = (await createCampaignFor(mine.brand.id)).id;
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const c = await createScoredCreator({ track: true });
        const res = await propose(
          { campaignId: campaign, creatorId: c.creatorId, offer: OFFER },
          { userId: mine.manager.id },
        );
        ids.push((await res.json()).match.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let first: string | null = null;
      do {
        const res = await list(
          `campaignId=${campaign}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          mine.manager.id,
        );
        expect(res.status).toBe(200);
        const page = await res.json();
        seen.push(...page.matches.map((m: { id: string }) => m.id));
        cursor = page.nextCursor;
        first ??= cursor;
      } while (cursor);
      expect(seen.sort()).toEqual([...ids].sort());
      // the same cursor on another brand's list, another filter, or edited: refused
      const refused = { "query.cursor": ["Invalid cursor: start again from the first page"] };
      for (const [qs, userId] of [
        [`campaignId=${campaign}&limit=2&cursor=${first}`, other.manager.id],
        [`limit=2&cursor=${first}`, mine.manager.id],
        [`campaignId=${campaign}&limit=2&cursor=${first!.replace(/^./, "x")}`, mine.manager.id],
      ] as const) {
        const res = await list(qs, userId);
        expect(res.status).toBe(422);
        expect((await res.json()).error.fields).toEqual(refused);
      }
    });

    it("pages order=created without skipping a match that changes meanwhile; the inbox order would", async () => {
      const list = async (qs: string) =>
        matches.GET(
          await apiRequest(`/api/v1/matches?${qs}`, { userId: mine.manager.id }),
          routeParams({}),
        );
      const mine = await createBrandWithManager();
      const walk = async (order: "created" | "changed") => {
        const campaign = (await createCampaignFor(mine.brand.id)).id;
        const made: { id: string; creatorUserId: string }[] = [];
        for (let i = 0; i < 3; i++) {
          const c = await createScoredCreator({ track: true });
          const res = await propose(
            { campaignId: campaign, creatorId: c.creatorId, offer: OFFER },
            { userId: mine.manager.id },
          );
          made.push({ id: (await res.json()).match.id, creatorUserId: c.user.id });
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const res = await list(
            `campaignId=${campaign}&limit=1&order=${order}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          );
          expect(res.status).toBe(200);
          const page = await res.json();
          seen.push(...page.matches.map((m: { id: string }) => m.id));
          cursor = page.nextCursor;
          // after the first page the oldest proposal gets an answer
          if (++pages === 1) {
            const oldest = made[0]!;
            expect(
              (await step(oldest.id, { to: "RESPONDED", version: 1 }, oldest.creatorUserId)).status,
            ).toBe(200);
          }
        } while (cursor);
        return { seen, ids: made.map((m) => m.id) };
      };
      const created = await walk("created");
      expect(created.seen).toEqual([...created.ids].reverse());
      // newest change first: the answered match moved ahead of the cursor, and was missed
      const changed = await walk("changed");
      expect(changed.seen).toHaveLength(2);
      expect(changed.seen).not.toContain(changed.ids[0]);
    });

    it("hides a match from other brands and other creators (404) and shows it to both sides and admins", async () => {
      const { rows } = await pool.query(
        `SELECT m.id FROM matches m WHERE m.creator_id = $1 AND m.campaign_id = $2`,
        [known.creatorId, campaignId],
      );
      const id = rows[0].id;
      expect((await get(id, other.manager.id)).status).toBe(404);
      expect((await get(id, stranger.user.id)).status).toBe(404);
      expect((await step(id, { to: "RESPONDED", version: 1 }, stranger.user.id)).status).toBe(404);
      expect(
        (await step(id, { to: "REJECTED", version: 1, note: "x" }, other.manager.id)).status,
      ).toBe(404);
      for (const u of [owner.manager.id, known.user.id, admin.id])
        expect((await get(id, u)).status).toBe(200);
      const list = await matches.GET(
        await apiRequest("/api/v1/matches?limit=100", { userId: other.manager.id }),
        routeParams({}),
      );
      expect((await list.json()).matches).toEqual([]);
      const thread = await messages.GET(
        await apiRequest(`/api/v1/matches/${id}/messages`, { userId: other.manager.id }),
        routeParams({ id }),
      );
      expect(thread.status).toBe(404);
    });

    it("keeps a thread both sides can write to", async () => {
      const { rows } = await pool.query(
        `SELECT id FROM matches WHERE creator_id = $1 AND campaign_id = $2`,
        [known.creatorId, campaignId],
      );
      const id = rows[0].id;
      const post = (body: unknown, userId: string) => say(id, body, userId);
      expect((await post({ body: "When do you need it?" }, known.user.id)).status).toBe(201);
      const res = await post({ body: "By the 20th" }, owner.manager.id);
      const thread = (await res.json()).messages.map(
        (m: { kind: string; body: string }) => `${m.kind}:${m.body}`,
      );
      expect(thread).toEqual([
        "PROPOSAL:Hello!",
        "MESSAGE:When do you need it?",
        "MESSAGE:By the 20th",
      ]);
      expect((await post({ body: "" }, owner.manager.id)).status).toBe(422);
    });

    it("answers a long thread with its newest messages, so what was just written shows", async () => {
      const { brand, manager } = await createBrandWithManager();
      const campaign = await createCampaignFor(brand.id);
      // with a track record, so the proposal goes out without review
      const creator = await createScoredCreator({ track: true });
      const created = await propose(
        { campaignId: campaign.id, creatorId: creator.creatorId, offer: OFFER },
        { userId: manager.id },
      );
      expect(created.status).toBe(201);
      const id = (await created.json()).match.id as string;
      // 520 messages of yesterday, a second apart, before the proposal's and the one below
      await pool.query(
        `INSERT INTO match_messages (id, match_id, sender_id, kind, body, created_at)
         SELECT gen_random_uuid(), $1, $2, 'MESSAGE', 'old ' || n, now() - interval '1 day' + n * interval '1 second'
           FROM generate_series(1, 520) n`,
        [id, manager.id],
      );
      const res = await say(id, { body: "the newest" }, creator.user.id);
      expect(res.status).toBe(201);
      const bodies = (await res.json()).messages.map((m: { body: string }) => m.body);
      expect(bodies).toHaveLength(500);
      expect(bodies.at(-1)).toBe("the newest");
      expect(bodies.slice(-3)).toEqual(["old 520", "Hello!", "the newest"]);
      // of 522 messages, the oldest 22 are beyond the 500 shown
      expect(bodies[0]).toBe("old 23");
    });
  });

  describe("admin review", () => {
    it("approves and rejects in bulk with a reason the brand reads", async () => {
      const a = await createScoredCreator();
      const b = await createScoredCreator();
      const ids: string[] = [];
      for (const c of [a, b]) {
        const { match } = await (
          await propose(
            { campaignId, creatorId: c.creatorId, offer: BIG },
            { userId: owner.manager.id },
          )
        ).json();
        ids.push(match.id);
      }
      const decide = async (body: unknown, userId: string) =>
        decisions.POST(
          await apiRequest("/api/v1/admin/review-queue/decisions", {
            method: "POST",
            body,
            userId,
          }),
          routeParams({}),
        );
      expect(
        (await decide({ matchIds: ids, decision: "APPROVE", reason: "ok" }, owner.manager.id))
          .status,
      ).toBe(403);
      let res = await decide(
        { matchIds: [ids[0]], decision: "APPROVE", reason: "Fee fits the reach" },
        admin.id,
      );
      expect((await res.json()).results).toEqual([
        { id: ids[0], ok: true, status: "CONTACTED", version: 1 },
      ]);
      res = await decide(
        { matchIds: ids, decision: "REJECT", reason: "Fee too high for a new creator" },
        admin.id,
      );
      const { results } = await res.json();
      expect(results[0]).toMatchObject({ id: ids[0], ok: false, code: "conflict" });
      expect(results[1]).toEqual({ id: ids[1], ok: true, status: "REJECTED", version: 1 });
      const seen = (await (await get(ids[1], owner.manager.id)).json()).match;
      expect(seen.review).toMatchObject({
        status: "REJECTED",
        reason: "Fee too high for a new creator",
      });
      const approved = (await (await get(ids[0], owner.manager.id)).json()).match;
      expect(approved.review).toMatchObject({ status: "APPROVED", reason: "Fee fits the reach" });
    });
  });

  describe("before a proposal goes out", () => {
    const proposeForReview = async () => {
      const c = await createScoredCreator();
      const res = await propose(
        { campaignId, creatorId: c.creatorId, offer: BIG },
        { userId: owner.manager.id },
      );
      const { match } = await res.json();
      expect(match).toMatchObject({ status: "PENDING", version: 0 });
      return { c, id: match.id as string };
    };
    const notesOf = async (id: string) =>
      (
        await pool.query(
          `SELECT n.user_id, n.kind FROM notifications n WHERE n.match_id = $1 ORDER BY n.created_at`,
          [id],
        )
      ).rows as { user_id: string; kind: string }[];

    it("keeps a proposal waiting for review between the brand and the admins: the creator neither sees nor hears of it", async () => {
      const { c, id } = await proposeForReview();
      expect((await get(id, c.user.id)).status).toBe(404);
      expect((await say(id, { body: "Hi?" }, c.user.id)).status).toBe(404);
      expect((await step(id, { to: "RESPONDED", version: 0 }, c.user.id)).status).toBe(404);
      const inbox = await matches.GET(
        await apiRequest("/api/v1/matches?limit=100", { userId: c.user.id }),
        routeParams({}),
      );
      expect((await inbox.json()).matches).toEqual([]);
      // the brand's word on it goes to the admins reviewing it, not to the creator
      expect((await say(id, { body: "Could you look today?" }, owner.manager.id)).status).toBe(201);
      let notes = await notesOf(id);
      expect(notes.filter((n) => n.user_id === c.user.id)).toEqual([]);
      expect(notes).toContainEqual({ user_id: admin.id, kind: "message" });
      // an admin's question reaches the brand as the review team's
      expect((await say(id, { body: "Which deliverables?" }, admin.id)).status).toBe(201);
      const { rows: asked } = await pool.query(
        `SELECT title FROM notifications WHERE match_id = $1 AND user_id = $2 AND kind = 'message'`,
        [id, owner.manager.id],
      );
      expect(asked.map((r) => r.title)).toEqual(["검토팀의 새 메시지"]);

      // approved, it goes out: now the creator sees it and is told
      const approved = await step(
        id,
        { to: "CONTACTED", version: 0, note: "Fine, the fee is high but the reach is there" },
        admin.id,
      );
      expect(approved.status).toBe(200);
      const seen = await get(id, c.user.id);
      expect(seen.status).toBe(200);
      notes = await notesOf(id);
      expect(notes.filter((n) => n.user_id === c.user.id)).toEqual([
        { user_id: c.user.id, kind: "proposal" },
      ]);
      // what the brand and the admins wrote meanwhile is not the creator's to read:
      // not the thread, not the review's reasons or the admin's note in the history
      const { match } = await seen.json();
      expect(match.review).toEqual({
        status: "APPROVED",
        reason: null,
        lines: null,
        reviewedAt: expect.any(String),
      });
      expect(
        match.history.map((h: { to: string; note: string | null; line: unknown }) => [
          h.to,
          h.note,
          h.line,
        ]),
      ).toEqual([
        ["PENDING", null, null],
        ["CONTACTED", null, null],
      ]);
      const thread = async (userId: string) =>
        (
          await (
            await messages.GET(
              await apiRequest(`/api/v1/matches/${id}/messages`, { userId }),
              routeParams({ id }),
            )
          ).json()
        ).messages.map((m: { kind: string; body: string }) => `${m.kind}:${m.body}`);
      expect(await thread(c.user.id)).toEqual(["PROPOSAL:Hello!"]);
      expect(await thread(owner.manager.id)).toEqual([
        "PROPOSAL:Hello!",
        "MESSAGE:Could you look today?",
        "MESSAGE:Which deliverables?",
        "MESSAGE:Fine, the fee is high but the reach is there",
      ]);
      // from here on the thread is both sides'
      expect((await say(id, { body: "Happy to!" }, c.user.id)).status).toBe(201);
      expect(await thread(c.user.id)).toEqual(["PROPOSAL:Hello!", "MESSAGE:Happy to!"]);
      const marks = await messages.GET(
        await apiRequest(`/api/v1/matches/${id}/messages`, { userId: owner.manager.id }),
        routeParams({ id }),
      );
      expect((await marks.json()).messages.map((m: { internal: boolean }) => m.internal)).toEqual([
        false,
        true,
        true,
        true,
        false,
      ]);
      // nor the engine's warnings about them, in the match or in their inbox
      expect(match.risks).toEqual([]);
      const listed = await matches.GET(
        await apiRequest("/api/v1/matches?limit=100", { userId: c.user.id }),
        routeParams({}),
      );
      expect((await listed.json()).matches.map((m: { review: unknown }) => m.review)).toEqual([
        { status: "APPROVED", reason: null, lines: null },
      ]);
      // the steps after it went out keep their words for the creator
      const declined = await step(id, { to: "REJECTED", version: 1, note: "Too busy" }, c.user.id);
      expect(declined.status).toBe(200);
      const after = (await (await get(id, c.user.id)).json()).match;
      expect(after.history.map((h: { to: string; note: string | null }) => [h.to, h.note])).toEqual(
        [
          ["PENDING", null],
          ["CONTACTED", null],
          ["RESPONDED", "Creator answered"],
          ["REJECTED", "Too busy"],
        ],
      );
    });

    it("closes the review when the brand withdraws a proposal or it expires before anyone decided", async () => {
      const withdrawn = await proposeForReview();
      const expired = await proposeForReview();
      // withdrawing owes nobody a reason: the creator never saw it
      const res = await step(withdrawn.id, { to: "REJECTED", version: 0 }, owner.manager.id);
      expect(res.status).toBe(200);
      await pool.query(
        `UPDATE matches SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [expired.id],
      );
      const closed = await transitionMatch(pool, SYSTEM_ACTOR, expired.id, {
        to: "EXPIRED",
        version: 0,
        note: null,
      });
      expect(closed.status).toBe("EXPIRED");

      const ids = [withdrawn.id, expired.id];
      const { rows } = await pool.query(
        `SELECT id, status::text, review_status::text FROM matches WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      expect(new Map(rows.map((r) => [r.id, [r.status, r.review_status]]))).toEqual(
        new Map([
          [withdrawn.id, ["REJECTED", "CLOSED"]],
          [expired.id, ["EXPIRED", "CLOSED"]],
        ]),
      );
      // out of the admins' queue (review_status = 'PENDING'); deciding one is a clear 409
      const decided = await reviewMatches(pool, asAdmin(), {
        matchIds: ids,
        decision: "APPROVE",
        reason: "late",
      });
      expect(decided.results).toEqual(
        ids.map((id) => ({
          id,
          ok: false,
          code: "conflict",
          message: "This match is not waiting for review",
        })),
      );
      // the creators never heard of them; the brand hears of the expiry (the admins
      // were told of each proposal when it came in)
      const after = async (id: string) =>
        (await notesOf(id)).filter((n) => n.kind !== "review_needed");
      // nor of what the brand writes on it afterwards
      expect((await say(withdrawn.id, { body: "For the record" }, owner.manager.id)).status).toBe(
        201,
      );
      expect(await after(withdrawn.id)).toEqual([]);
      expect(await after(expired.id)).toEqual([{ user_id: owner.manager.id, kind: "expired" }]);
      const seen = (await (await get(withdrawn.id, owner.manager.id)).json()).match;
      expect(seen.review.status).toBe("CLOSED");
      // the brand's step, not an admin's "rejected in review"
      expect(seen.history.at(-1)).toMatchObject({ to: "REJECTED", note: null, line: null });
      const lapsed = await messages.GET(
        await apiRequest(`/api/v1/matches/${expired.id}/messages`, { userId: owner.manager.id }),
        routeParams({ id: expired.id }),
      );
      expect((await lapsed.json()).messages.at(-1)).toMatchObject({
        kind: "SYSTEM",
        line: { code: "expiredInReview", params: {} },
        internal: true,
      });
      // and the creators still see neither
      for (const { c, id } of [withdrawn, expired]) {
        expect((await get(id, c.user.id)).status).toBe(404);
        const inbox = await matches.GET(
          await apiRequest("/api/v1/matches?limit=100", { userId: c.user.id }),
          routeParams({}),
        );
        expect((await inbox.json()).matches).toEqual([]);
      }
    });

    it("keeps a proposal rejected in review from the creator, and asks the admin for the reason", async () => {
      const { c, id } = await proposeForReview();
      const bare = await step(id, { to: "REJECTED", version: 0 }, admin.id);
      expect(bare.status).toBe(422);
      const res = await step(id, { to: "REJECTED", version: 0, note: "Fee too high" }, admin.id);
      expect(res.status).toBe(200);
      expect((await get(id, c.user.id)).status).toBe(404);
      const thread = await messages.GET(
        await apiRequest(`/api/v1/matches/${id}/messages`, { userId: c.user.id }),
        routeParams({ id }),
      );
      expect(thread.status).toBe(404);
      const notes = (await notesOf(id)).filter((n) => n.kind !== "review_needed");
      expect(notes).toEqual([{ user_id: owner.manager.id, kind: "review_rejected" }]);
    });
  });
});

describe("every transition for every role", () => {
  it("allows exactly what the state machine allows and answers 403 / 409 otherwise", async () => {
    const { brand, manager } = await createBrandWithManager();
    const admin = await createUser("ADMIN");
    const campaignId = (await createCampaignFor(brand.id)).id;
    await topUpEscrow(pool, {
      brandId: brand.id,
      amount: 1_000_000n,
      currency: "KRW",
      idempotencyKey: "every-transition",
      actorId: manager.id,
    });
    const c = await createScoredCreator({ track: true });
    const res = await propose(
      { campaignId, creatorId: c.creatorId, offer: OFFER },
      { userId: manager.id },
    );
    const id = (await res.json()).match.id as string;
    const actors: Record<"BRAND_MANAGER" | "CREATOR" | "ADMIN", WorkflowActor> = {
      BRAND_MANAGER: {
        userId: manager.id,
        role: "BRAND_MANAGER",
        brandIds: [brand.id],
        creatorId: null,
      },
      CREATOR: { userId: c.user.id, role: "CREATOR", brandIds: [], creatorId: c.creatorId },
      ADMIN: { userId: admin.id, role: "ADMIN", brandIds: [], creatorId: null },
    };
    let checked = 0;
    for (const from of MATCH_STATUS_ORDER) {
      for (const to of MATCH_STATUS_ORDER) {
        for (const [role, actor] of Object.entries(actors)) {
          // Put the match in `from` with the other side's offer on the table.
          const { rows } = await pool.query(
            `UPDATE matches SET status = $2::"MatchStatus", review_status = 'NOT_REQUIRED'
              WHERE id = $1 RETURNING version`,
            [id, from],
          );
          // newest by time, as the app writes offers: a counter-offer of the previous
          // round may stand a millisecond ahead of the clock
          await pool.query(
            `INSERT INTO match_offers (id, match_id, side, amount, deliverables, created_at)
             VALUES (gen_random_uuid(), $1, $2::"OfferSide", 1000, 'x',
                     GREATEST(clock_timestamp(), (SELECT max(created_at) + interval '1 millisecond'
                                                    FROM match_offers WHERE match_id = $1)))`,
            [id, role === "CREATOR" ? "BRAND" : "CREATOR"],
          );
          const input = {
            to: to as MatchStatus,
            version: rows[0].version as number,
            note: "because",
            offer: OFFER,
            actuals: { views: 1, clicks: 1, sales: 0, revenue: 0 },
          };
          // a match that has not gone out (PENDING) is not the creator's to see
          const expected =
            from === "PENDING" && role === "CREATOR"
              ? "not_found"
              : stepsTo(from, to, actor.role)
                ? "ok"
                : TRANSITIONS[from]?.[to] || stepsTo(from, to, "CREATOR")
                  ? "forbidden"
                  : "conflict";
          const got = await transitionMatch(pool, actor, id, input).then(
            (r) => (r.status === to ? "ok" : "wrong status"),
            (e: unknown) => (e instanceof AppError ? e.code : String(e)),
          );
          expect(`${from}>${to} by ${role}: ${got}`).toBe(`${from}>${to} by ${role}: ${expected}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(8 * 8 * 3);
  });
});

describe("expiry job", () => {
  it("expires open matches untouched for 30 days, with history and notifications, and nothing else", async () => {
    const { brand, manager } = await createBrandWithManager();
    const campaignId = (await createCampaignFor(brand.id)).id;
    const stale = await createScoredCreator({ track: true });
    const fresh = await createScoredCreator({ track: true });
    const ids: string[] = [];
    for (const c of [stale, fresh]) {
      const res = await propose(
        { campaignId, creatorId: c.creatorId, offer: OFFER },
        { userId: manager.id },
      );
      ids.push((await res.json()).match.id);
    }
    await pool.query(`UPDATE matches SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      ids[0],
    ]);
    const { expireStaleMatches } = await import("./expire-matches.ts");
    const run = await expireStaleMatches(pool);
    expect(run.expired).toBeGreaterThanOrEqual(1);
    const { rows } = await pool.query(
      `SELECT id, status::text FROM matches WHERE id = ANY($1::uuid[]) ORDER BY id = $2 DESC`,
      [ids, ids[0]],
    );
    expect(rows).toEqual([
      { id: ids[0], status: "EXPIRED" },
      { id: ids[1], status: "CONTACTED" },
    ]);
    const notes = await pool.query(
      `SELECT n.kind, u.role::text FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.match_id = $1 AND n.kind = 'expired' ORDER BY u.role`,
      [ids[0]],
    );
    expect(notes.rows).toEqual([
      { kind: "expired", role: "BRAND_MANAGER" },
      { kind: "expired", role: "CREATOR" },
    ]);
  });

  it("does not expire a match written in after the job read it (a message keeps the version)", async () => {
    const { brand, manager } = await createBrandWithManager();
    const campaignId = (await createCampaignFor(brand.id)).id;
    const creator = await createScoredCreator({ track: true });
    const res = await propose(
      { campaignId, creatorId: creator.creatorId, offer: OFFER },
      { userId: manager.id },
    );
    const { id, version } = (await res.json()).match as { id: string; version: number };
    await pool.query(`UPDATE matches SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      id,
    ]);
    // the job has read (id, version); then the creator writes in the thread
    const posted = await say(id, { body: "Still on, draft tomorrow" }, creator.user.id);
    expect(posted.status).toBe(201);
    const late = transitionMatch(pool, SYSTEM_ACTOR, id, { to: "EXPIRED", version, note: null });
    await expect(late).rejects.toMatchObject({ code: "conflict" });
    const { rows } = await pool.query(
      `SELECT status::text, version, expires_at > now() AS open,
              (SELECT count(*)::int FROM notifications WHERE match_id = $1 AND kind = 'expired') AS told
         FROM matches WHERE id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ status: "CONTACTED", version, open: true, told: 0 });
  });
});
