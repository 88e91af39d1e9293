// Tracking links and promo codes of a match: created on acceptance, added by the brand
// through the server actions, seen by the match's creator, refused to everyone else.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { pool, prisma } from "@/lib/db/client";
import { actorOf } from "@/lib/matches/actor";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { createAcceptedMatch } from "@/test/helpers/tracking-fixtures";
import { LINK_CODE_PATTERN } from "./generate-code.ts";
import { getMatchTracking } from "./match-tracking.ts";
import { TRACKING_LIMITS } from "./schemas.ts";
import { addPromoCodeAction, addTrackingLinkAction } from "./tracking-actions.ts";

const as = (userId: string) => () => loadSessionUser(userId);

describe("tracking links and promo codes", () => {
  let accepted: Awaited<ReturnType<typeof createAcceptedMatch>>;
  let other: Awaited<ReturnType<typeof createBrandWithManager>>;

  beforeAll(async () => {
    accepted = await createAcceptedMatch();
    other = await createBrandWithManager();
  });

  it("creates a link to the campaign's product page when the match is accepted", async () => {
    const links = await prisma.trackingLink.findMany({ where: { matchId: accepted.matchId } });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      campaignId: accepted.campaign.id,
      brandId: accepted.owner.brand.id,
      creatorId: accepted.creator.id,
      destinationUrl: accepted.campaign.productUrl,
      label: null,
      expiresAt: null,
    });
    expect(links[0].code).toMatch(LINK_CODE_PATTERN);
  });

  it("holds at most 50 links and 50 promo codes per match, counting additions at once one after the other", async () => {
    const m = await createAcceptedMatch({ productUrl: null });
    const addLink = addTrackingLinkAction(as(m.owner.manager.id));
    const addCode = addPromoCodeAction(as(m.owner.manager.id));
    for (let i = 0; i < TRACKING_LIMITS.perMatch - 1; i++) {
      expect(
        await addLink({ matchId: m.matchId, destinationUrl: `https://shop.example/p/${i}` }),
      ).toMatchObject({ ok: true });
      expect(await addCode({ matchId: m.matchId })).toMatchObject({ ok: true });
    }
    // one place left: of three additions at once, one gets it
    const racing = await Promise.all([
      ...[0, 1, 2].map((i) =>
        addLink({ matchId: m.matchId, destinationUrl: `https://shop.example/last/${i}` }),
      ),
      ...[0, 1, 2].map(() => addCode({ matchId: m.matchId })),
    ]);
    expect(racing.filter((r) => r.ok)).toHaveLength(2);
    expect(racing.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 4 }, () =>
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: "conflict" }),
        }),
      ),
    );
    const full = await addLink({ matchId: m.matchId, destinationUrl: "https://shop.example/more" });
    expect(full).toMatchObject({
      ok: false,
      error: { code: "conflict", message: "A match has at most 50 tracking links" },
    });
    // an address it has is still "already has a link", not "full"
    const taken = await addLink({ matchId: m.matchId, destinationUrl: "https://shop.example/p/0" });
    expect(taken).toMatchObject({
      ok: false,
      error: { message: "This match already has a link to that address" },
    });
    const tracking = await getMatchTracking(
      pool,
      actorOf((await loadSessionUser(m.owner.manager.id))!),
      m.matchId,
    );
    expect([tracking.links.length, tracking.promoCodes.length]).toEqual([50, 50]);
    const { rows } = await pool.query(
      `SELECT (SELECT count(*)::int FROM tracking_links WHERE match_id = $1) AS links,
              (SELECT count(*)::int FROM promo_codes WHERE match_id = $1) AS codes`,
      [m.matchId],
    );
    expect(rows[0]).toEqual({ links: 50, codes: 50 });
  });

  it("creates no link when the campaign names no product page", async () => {
    const bare = await createAcceptedMatch({ productUrl: null });
    expect(await prisma.trackingLink.count({ where: { matchId: bare.matchId } })).toBe(0);
  });

  it("lets the brand add destinations and promo codes, and the creator see them", async () => {
    const addLink = addTrackingLinkAction(as(accepted.owner.manager.id));
    const added = await addLink({
      matchId: accepted.matchId,
      destinationUrl: "https://shop.example/landing?utm_source=youtube",
      label: "Winter landing page",
    });
    expect(added).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        code: expect.stringMatching(LINK_CODE_PATTERN),
        destinationUrl: "https://shop.example/landing?utm_source=youtube",
        label: "Winter landing page",
        expiresAt: null,
        createdAt: expect.any(String),
      },
    });
    const again = await addLink({
      matchId: accepted.matchId,
      destinationUrl: "https://shop.example/landing?utm_source=youtube",
    });
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });

    const addCode = addPromoCodeAction(as(accepted.owner.manager.id));
    const custom = await addCode({ matchId: accepted.matchId, code: "glow-winter10" });
    expect(custom).toMatchObject({ ok: true, data: { code: "GLOW-WINTER10", expiresAt: null } });
    const generated = await addCode({ matchId: accepted.matchId });
    expect(generated).toMatchObject({
      ok: true,
      data: { code: expect.stringMatching(/^[2-9A-Z]{8}$/) },
    });
    // Unique per brand: the same code on another match of the brand is taken.
    const second = await createAcceptedMatch({ brand: accepted.owner });
    expect(
      await addPromoCodeAction(as(accepted.owner.manager.id))({
        matchId: second.matchId,
        code: "GLOW-WINTER10",
      }),
    ).toMatchObject({ ok: false, error: { code: "conflict" } });

    const seen = await getMatchTracking(
      pool,
      actorOf((await loadSessionUser(accepted.creatorUser.id))!),
      accepted.matchId,
    );
    expect(seen.active).toBe(true);
    expect(seen.links.map((l) => l.label)).toEqual([null, "Winter landing page"]);
    expect(seen.promoCodes.map((p) => p.code)).toEqual([
      "GLOW-WINTER10",
      (generated as { data: { code: string } }).data.code,
    ]);
  });

  it("refuses bad input with field messages", async () => {
    const addLink = addTrackingLinkAction(as(accepted.owner.manager.id));
    const bad = await addLink({
      matchId: accepted.matchId,
      destinationUrl: "javascript:alert(1)",
      label: "x".repeat(81),
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "validation_failed",
        fields: { destinationUrl: expect.any(Array), label: expect.any(Array) },
      },
    });
    const past = await addPromoCodeAction(as(accepted.owner.manager.id))({
      matchId: accepted.matchId,
      code: "a!",
      expiresAt: "2001-01-01T00:00:00Z",
    });
    expect(past).toMatchObject({
      ok: false,
      error: { fields: { code: expect.any(Array), expiresAt: expect.any(Array) } },
    });
  });

  it("answers 404 to another brand, and 403 to the creator, for adding", async () => {
    const stranger = as(other.manager.id);
    for (const result of [
      await addTrackingLinkAction(stranger)({
        matchId: accepted.matchId,
        destinationUrl: "https://evil.example/",
      }),
      await addPromoCodeAction(stranger)({ matchId: accepted.matchId, code: "STOLEN" }),
    ]) {
      expect(result).toEqual({
        ok: false,
        error: { code: "not_found", message: "Match not found" },
      });
    }
    await expect(
      getMatchTracking(pool, actorOf((await loadSessionUser(other.manager.id))!), accepted.matchId),
    ).rejects.toMatchObject({ code: "not_found" });
    const byCreator = await addTrackingLinkAction(as(accepted.creatorUser.id))({
      matchId: accepted.matchId,
      destinationUrl: "https://creator.example/",
    });
    expect(byCreator).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(
      await prisma.trackingLink.count({ where: { destinationUrl: "https://evil.example/" } }),
    ).toBe(0);
    expect(await prisma.promoCode.count({ where: { code: "STOLEN" } })).toBe(0);
  });

  it("refuses links before acceptance (409)", async () => {
    const m = await createAcceptedMatch();
    await prisma.match.update({ where: { id: m.matchId }, data: { status: "NEGOTIATING" } });
    const result = await addTrackingLinkAction(as(m.owner.manager.id))({
      matchId: m.matchId,
      destinationUrl: "https://shop.example/early",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
  });
});
