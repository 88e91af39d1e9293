// The demo data set as generated in memory: the shape issue 2 asks for, internal
// consistency (aggregates vs videos, history vs status, threads vs history) and
// determinism. The database round trip is in seed.integration.test.ts.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { englishLine } from "../matches/system-lines.ts";
import { MATCH_STATUS_ORDER, OPEN_MATCH_STATUSES } from "../matches/statuses.ts";
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { AGE_BUCKETS, CATEGORIES, REGION_NAMES } from "./catalog.ts";
import { channelAggregates, median, tierFor } from "./channel-stats.ts";
import { generateDemoData, type DemoData } from "./generate.ts";
import { viewsPerSubscriberNorm } from "./generate-creators.ts";
import { REVIEW_THRESHOLD } from "./generate-matches.ts";
import { scoreCreator } from "../matching/engine/rank.ts";
import { engineCampaign, engineFeatures, type ProposalFeatures } from "./proposal.ts";
import type { MatchRow, Tier } from "./types.ts";

const NOW = new Date(Date.UTC(2026, 10, 21));
const DAY = 86_400_000;
let d: DemoData;

beforeAll(() => {
  d = generateDemoData({ now: NOW });
}, 120_000);

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return m;
}

describe("brands and people", () => {
  it("has at least 50 brands and stores across categories and cities, each with an owner", () => {
    expect(d.brands.length).toBeGreaterThanOrEqual(50);
    expect(new Set(d.brands.map((b) => b.category)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(d.brands.map((b) => b.city)).size).toBeGreaterThanOrEqual(10);
    expect(d.brands.some((b) => b.city === "Seoul" && b.district === "Gangnam-gu")).toBe(true);
    expect(d.brands.some((b) => b.city === "Busan" && b.district === "Haeundae-gu")).toBe(true);
    for (const b of d.brands.filter((x) => x.kind === "LOCAL_STORE")) {
      expect(b.naverPlaceUrl).toMatch(/^https:\/\/map\.naver\.com\/p\/entry\/place\/\d+$/);
    }
    for (const b of d.brands) {
      expect(b.priceLevel).toBeGreaterThanOrEqual(1);
      expect(b.priceLevel).toBeLessThanOrEqual(4);
      expect(d.brandMembers.filter((m) => m.brandId === b.id && m.role === "OWNER")).toHaveLength(
        1,
      );
    }
  });

  it("seeds the four demo accounts with their roles and their own brands", () => {
    const byEmail = new Map(d.users.map((u) => [u.email, u]));
    for (const a of Object.values(DEMO_ACCOUNTS)) expect(byEmail.get(a.email)?.role).toBe(a.role);
    const owns = (email: string) =>
      d.brandMembers
        .filter((m) => m.userId === byEmail.get(email)!.id && m.role === "OWNER")
        .map((m) => d.brands.find((b) => b.id === m.brandId)!);
    expect(owns(DEMO_ACCOUNTS.brand.email).map((b) => [b.name, b.category])).toEqual([
      ["글로우랩", "beauty"],
    ]);
    const [bites] = owns(DEMO_ACCOUNTS.otherBrand.email);
    expect([bites.kind, bites.category, bites.city]).toEqual(["LOCAL_STORE", "food", "Busan"]);
    const creator = d.creators.find(
      (c) => c.userId === byEmail.get(DEMO_ACCOUNTS.creator.email)!.id,
    )!;
    expect(creator.onboardingStep).toBe("DONE");
    expect(d.channels.filter((c) => c.creatorId === creator.id)).toHaveLength(1);
  });

  it("never repeats an email, id or channel id", () => {
    expect(new Set(d.users.map((u) => u.email)).size).toBe(d.users.length);
    expect(new Set(d.users.map((u) => u.id)).size).toBe(d.users.length);
    expect(new Set(d.channels.map((c) => c.externalId)).size).toBe(d.channels.length);
    expect(new Set(d.videos.map((v) => v.id)).size).toBe(d.videos.length);
    expect(new Set(d.matches.map((m) => `${m.campaignId}/${m.creatorId}`)).size).toBe(
      d.matches.length,
    );
  });
});

describe("creators and channels", () => {
  it("has 5,000 creators, one YouTube channel and 50 videos each", () => {
    expect(d.creators).toHaveLength(5000);
    expect(d.channels).toHaveLength(5000);
    expect(d.videos).toHaveLength(250_000);
    for (const c of d.channels) expect(c.externalId).toMatch(/^UC[A-Za-z0-9_-]{22}$/);
  });

  it("covers every tier with a heavy tail, every category and every region", () => {
    const tiers = groupBy(d.channels, (c) => c.tier);
    for (const t of ["NANO", "MICRO", "MID", "MACRO", "MEGA"] as const)
      expect(tiers.get(t)?.length ?? 0).toBeGreaterThanOrEqual(50);
    // heavy-tailed: far more small channels than mega ones
    expect(tiers.get("MICRO")!.length).toBeGreaterThan(5 * tiers.get("MEGA")!.length);
    const subs = d.channels.map((c) => c.subscriberCount).filter((s): s is number => s !== null);
    expect(Math.max(...subs) / median(subs)).toBeGreaterThan(500);
    const categories = new Set(d.creators.flatMap((c) => c.categories));
    for (const c of CATEGORIES) expect(categories.has(c.slug)).toBe(true);
    const regions = new Set(d.creators.map((c) => c.region));
    for (const r of REGION_NAMES) expect(regions.has(r)).toBe(true);
  });

  it("keeps each channel's tier and aggregate columns consistent with its videos", () => {
    const videos = groupBy(d.videos, (v) => v.channelId);
    const wrong: string[] = [];
    for (const c of d.channels) {
      const vs = videos.get(c.id)!;
      const a = channelAggregates(vs);
      if (vs.length !== 50) wrong.push(`${c.id}: ${vs.length} videos`);
      if (c.medianViews !== a.medianViews || c.engagementRate !== a.engagementRate)
        wrong.push(`${c.id}: aggregates`);
      if (c.lastVideoAt !== Math.max(...vs.map((v) => v.publishedAt)))
        wrong.push(`${c.id}: last video`);
      if (c.subscriberCount !== null && c.tier !== tierFor(c.subscriberCount))
        wrong.push(`${c.id}: tier`);
      if (c.videoCount < 50 || c.viewCount < vs.reduce((s, v) => s + v.views, 0))
        wrong.push(`${c.id}: lifetime totals`);
      if (
        vs.some((v) => v.publishedAt > NOW.getTime() || v.likes > v.views || v.comments > v.views)
      )
        wrong.push(`${c.id}: video`);
    }
    expect(wrong).toEqual([]);
  });

  it("makes smaller channels engage more and reach a larger share of subscribers", () => {
    const honest = d.profiles.filter(
      (p) => !p.truth.fakeFollowers && p.channel.subscriberCount !== null,
    );
    const byTier = groupBy(honest, (p) => p.channel.tier);
    const er = (t: Tier) => median(byTier.get(t)!.map((p) => p.agg.engagementRate));
    const vps = (t: Tier) =>
      median(byTier.get(t)!.map((p) => p.agg.medianViews / p.channel.subscriberCount!));
    expect(er("NANO")).toBeGreaterThan(er("MID"));
    expect(er("MID")).toBeGreaterThan(er("MEGA"));
    expect(vps("NANO")).toBeGreaterThan(vps("MACRO"));
  });

  it("has about 5% fake-follower channels whose views per subscriber are far below the norm", () => {
    const fake = d.profiles.filter((p) => p.truth.fakeFollowers);
    expect(fake.length / d.profiles.length).toBeGreaterThan(0.03);
    expect(fake.length / d.profiles.length).toBeLessThan(0.07);
    const ratio = (p: (typeof fake)[number]) =>
      p.agg.medianViews /
      (p.channel.subscriberCount! * viewsPerSubscriberNorm(p.channel.subscriberCount!));
    expect(median(fake.map(ratio))).toBeLessThan(0.35);
    const honest = d.profiles.filter(
      (p) => !p.truth.fakeFollowers && p.channel.subscriberCount !== null,
    );
    expect(median(honest.map(ratio))).toBeGreaterThan(0.6);
  });

  it("has about 5% stale channels and some hidden subscriber counts", () => {
    const stale = d.channels.filter((c) => NOW.getTime() - c.lastVideoAt! > 60 * DAY);
    expect(stale.length / d.channels.length).toBeGreaterThan(0.03);
    expect(stale.length / d.channels.length).toBeLessThan(0.08);
    const hidden = d.channels.filter((c) => c.subscribersHidden);
    expect(hidden.length).toBeGreaterThan(50);
    for (const c of hidden) expect(c.subscriberCount).toBeNull();
  });

  it("gives audience shares in YouTube Analytics' buckets, ~30% verified", () => {
    const byChannel = groupBy(d.audience, (a) => a.channelId);
    expect(byChannel.size).toBeGreaterThan(4800);
    const wrong: string[] = [];
    const sum = (rows: { share: number }[]) => rows.reduce((s, r) => s + r.share, 0);
    for (const [id, rows] of byChannel) {
      const age = rows.filter((r) => r.dimension === "AGE");
      const gender = rows.filter((r) => r.dimension === "GENDER");
      const countries = rows.filter((r) => r.dimension === "COUNTRY");
      if (age.map((r) => r.bucket).join() !== AGE_BUCKETS.join() || Math.abs(sum(age) - 1) > 1e-6)
        wrong.push(`${id}: age`);
      if (gender.map((r) => r.bucket).join() !== "female,male" || Math.abs(sum(gender) - 1) > 1e-6)
        wrong.push(`${id}: gender`);
      if (countries.length < 3 || sum(countries) > 1.0001) wrong.push(`${id}: countries`);
    }
    expect(wrong).toEqual([]);
    const kr = d.audience.filter((a) => a.dimension === "COUNTRY" && a.bucket === "KR");
    expect(median(kr.map((a) => a.share))).toBeGreaterThan(0.8);
    expect(d.audience.some((a) => a.dimension === "REGION")).toBe(true);
    const verified =
      d.channels.filter((c) => c.statsSource === "VERIFIED").length / d.channels.length;
    expect(verified).toBeGreaterThan(0.25);
    expect(verified).toBeLessThan(0.35);
  });

  it("prices rate cards in KRW by tier", () => {
    const byTier = groupBy(
      d.profiles.filter((p) => p.creator.ratePerVideo !== null),
      (p) => p.channel.tier,
    );
    const rate = (t: Tier) => median(byTier.get(t)!.map((p) => p.creator.ratePerVideo!));
    expect(rate("NANO")).toBeLessThan(rate("MICRO"));
    expect(rate("MICRO")).toBeLessThan(rate("MID"));
    expect(rate("MID")).toBeLessThan(rate("MACRO"));
    expect(rate("MACRO")).toBeLessThan(rate("MEGA"));
    expect(rate("MEGA")).toBeGreaterThan(REVIEW_THRESHOLD);
  });
});

describe("campaigns and matches", () => {
  it("has campaigns and matches in every status, also for the demo brand", () => {
    expect(new Set(d.campaigns.map((c) => c.status))).toEqual(
      new Set(["DRAFT", "ACTIVE", "PAUSED", "COMPLETED"]),
    );
    expect(new Set(d.matches.map((m) => m.status))).toEqual(new Set(MATCH_STATUS_ORDER));
    const glow = new Set(d.campaigns.filter((c) => c.brandId === d.brands[0].id).map((c) => c.id));
    expect(new Set(d.campaigns.filter((c) => glow.has(c.id)).map((c) => c.status)).size).toBe(4);
    expect(new Set(d.matches.filter((m) => glow.has(m.campaignId)).map((m) => m.status))).toEqual(
      new Set(MATCH_STATUS_ORDER),
    );
    expect(
      d.matches.filter((m) => d.campaigns.find((c) => c.id === m.campaignId)!.status === "DRAFT"),
    ).toHaveLength(0);
  });

  it("aims a neighbourhood store's campaigns at its district, a stay's at its region", () => {
    const bites = d.brands.find((b) => b.name === "부산한입")!;
    const of = (brandId: string) => d.campaigns.filter((c) => c.brandId === brandId);
    expect(of(bites.id).length).toBeGreaterThan(0);
    for (const c of of(bites.id)) expect(c.targetRegions).toEqual(["부산 해운대구"]);
    const stay = d.brands.find((b) => b.name === "애월오션스테이")!;
    for (const c of of(stay.id)) expect(c.targetRegions).toEqual(["Jeju"]);
    // and its matches are scored with their creators' districts: the same creator
    // fits the campaign better based in 해운대구 than in 부산진구
    const m = d.matches.find(
      (x) =>
        of(bites.id).some((c) => c.id === x.campaignId) &&
        (x.featuresAtProposal as ProposalFeatures).district === "Busan:해운대구",
    )!;
    const campaign = engineCampaign(d.campaigns.find((c) => c.id === m.campaignId)!);
    const features = engineFeatures(m.creatorId, m.featuresAtProposal as ProposalFeatures);
    const fit = (district: string) =>
      scoreCreator({ ...features, district }, campaign).factors.audienceOverlap;
    expect(fit("Busan:해운대구")).toBeGreaterThan(fit("Busan:부산진구"));
  });

  it("puts 글로우랩 (Glow Lab) proposals in the demo creator's inbox", () => {
    const demo = d.creators[0];
    const glow = new Set(d.campaigns.filter((c) => c.brandId === d.brands[0].id).map((c) => c.id));
    const inbox = d.matches.filter(
      (m) => m.creatorId === demo.id && m.status === "CONTACTED" && glow.has(m.campaignId),
    );
    expect(inbox.length).toBeGreaterThanOrEqual(2);
    for (const m of inbox)
      expect(
        d.messages.some(
          (x) => x.matchId === m.id && x.kind === "PROPOSAL" && x.amount === m.offerAmount,
        ),
      ).toBe(true);
  });

  it("records a history that walks from PENDING to each match's status", () => {
    const history = groupBy(d.history, (h) => h.matchId);
    const legal = new Set([
      "null>PENDING",
      "PENDING>CONTACTED",
      "CONTACTED>RESPONDED",
      "RESPONDED>NEGOTIATING",
      "NEGOTIATING>ACCEPTED",
      "RESPONDED>ACCEPTED",
      "RESPONDED>REJECTED",
      "NEGOTIATING>REJECTED",
      "PENDING>REJECTED",
      "ACCEPTED>COMPLETED",
      "CONTACTED>EXPIRED",
      "RESPONDED>EXPIRED",
    ]);
    const wrong: string[] = [];
    for (const m of d.matches) {
      const h = history.get(m.id)!;
      const last = h[h.length - 1];
      if (h[0].fromStatus !== null || h[0].toStatus !== "PENDING" || h[0].createdAt !== m.createdAt)
        wrong.push(`${m.id}: start`);
      if (
        last.toStatus !== m.status ||
        last.createdAt !== m.statusChangedAt ||
        h.length !== m.version + 1
      )
        wrong.push(`${m.id}: end`);
      for (let i = 0; i < h.length; i++) {
        if (!legal.has(`${h[i].fromStatus}>${h[i].toStatus}`))
          wrong.push(`${m.id}: ${h[i].fromStatus}>${h[i].toStatus}`);
        if (
          i > 0 &&
          (h[i].fromStatus !== h[i - 1].toStatus || h[i].createdAt <= h[i - 1].createdAt)
        )
          wrong.push(`${m.id}: step ${i}`);
      }
      if (m.statusChangedAt > NOW.getTime()) wrong.push(`${m.id}: future`);
      if (m.status === "EXPIRED" && m.statusChangedAt - h[h.length - 2].createdAt < 30 * DAY)
        wrong.push(`${m.id}: early expiry`);
      if (
        OPEN_MATCH_STATUSES.includes(m.status) &&
        (m.expiresAt !== m.statusChangedAt + 30 * DAY || m.expiresAt <= NOW.getTime())
      )
        wrong.push(`${m.id}: expiry`);
    }
    expect(wrong).toEqual([]);
  });

  it("writes threads that follow the history, with offers and counter-offers", () => {
    const messages = groupBy(d.messages, (x) => x.matchId);
    const matches = new Map(d.matches.map((m) => [m.id, m]));
    const outside = d.messages.filter(
      (x) => x.createdAt < matches.get(x.matchId)!.createdAt || x.createdAt > NOW.getTime(),
    );
    expect(outside).toEqual([]);
    const counters = d.messages.filter((x) => x.kind === "COUNTER_OFFER");
    expect(counters.length).toBeGreaterThan(100);
    for (const x of [...counters, ...d.messages.filter((y) => y.kind === "PROPOSAL")])
      expect(x.amount).toBeGreaterThan(0);
    for (const m of d.matches.filter((x) => x.status === "NEGOTIATING")) {
      expect(messages.get(m.id)!.some((x) => x.kind === "COUNTER_OFFER")).toBe(true);
    }
  });

  it("puts an offer on the table of every proposal, as the app does, the last one the answer's", () => {
    const offers = groupBy(d.offers, (o) => o.matchId);
    const history = groupBy(d.history, (h) => h.matchId);
    const messages = groupBy(d.messages, (x) => x.matchId);
    const creatorUser = new Map(d.creators.map((c) => [c.id, c.userId]));
    const wrong: string[] = [];
    for (const m of d.matches) {
      const list = (offers.get(m.id) ?? []).sort((a, b) => a.createdAt - b.createdAt);
      const first = list[0];
      if (!first || first.side !== "BRAND" || first.amount !== m.offerAmount)
        wrong.push(`${m.id}: no proposal offer`);
      else if (first.createdAt !== m.createdAt) wrong.push(`${m.id}: offer not at the proposal`);
      const last = list[list.length - 1];
      if (m.agreedAmount !== null && last?.amount !== m.agreedAmount)
        wrong.push(`${m.id}: agreed ${m.agreedAmount}, last offer ${last?.amount}`);
      if (m.status === "NEGOTIATING" && !list.some((o) => o.side === "CREATOR"))
        wrong.push(`${m.id}: negotiating without a counter-offer`);
      for (const h of history.get(m.id) ?? []) {
        // the reply, counter-offer or agreement that makes a step is sent as it happens
        if (
          ["RESPONDED", "NEGOTIATING", "ACCEPTED"].includes(h.toStatus) &&
          !(messages.get(m.id) ?? []).some((x) => x.createdAt === h.createdAt)
        )
          wrong.push(`${m.id}: no message at ${h.toStatus}`);
        // nobody accepts their own offer (the app refuses it)
        const onTable = list.filter((o) => o.createdAt <= h.createdAt).at(-1);
        // a creator without an account answers by e-mail (no actor)
        const side =
          h.actorId === null || h.actorId === creatorUser.get(m.creatorId) ? "CREATOR" : "BRAND";
        if (h.toStatus === "ACCEPTED" && onTable?.side === side)
          wrong.push(`${m.id}: ${side} accepted its own offer`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("stores the platform's own lines as codes, so that each reader gets their language", () => {
    const system = d.messages.filter((x) => x.kind === "SYSTEM");
    expect(system.length).toBeGreaterThan(100);
    for (const x of system) expect(x.line).not.toBeNull();
    for (const h of d.history) {
      // a person's note (a reason for a refusal) as written, or a line of the platform's
      if (h.line === null) expect(h.toStatus).toBe("REJECTED");
      else expect(h.note).toBe(englishLine(h.line));
    }
  });

  it("routes big, low-confidence and new-creator matches through admin review", () => {
    const queue = d.matches.filter((m) => m.reviewStatus === "PENDING");
    expect(queue.length).toBeGreaterThanOrEqual(10);
    for (const m of queue) expect(m.status).toBe("PENDING");
    const wrong = d.matches.filter((m) => {
      const needs = m.offerAmount! > REVIEW_THRESHOLD || m.confidence === "LOW";
      const reviewed = m.reviewStatus === "APPROVED" || m.reviewStatus === "REJECTED";
      return (
        (needs && m.reviewStatus === "NOT_REQUIRED") ||
        (m.reviewStatus !== "NOT_REQUIRED" && (!m.reviewReason || !m.reviewLines?.length)) ||
        (m.reviewStatus === "NOT_REQUIRED" && m.reviewLines !== null) ||
        (reviewed && (m.reviewedById === null || m.reviewedAt! < m.createdAt))
      );
    });
    expect(wrong).toEqual([]);
    const reasons = queue.map((m) => m.reviewReason!).join("\n");
    expect(reasons).toMatch(/review threshold/);
    expect(reasons).toMatch(/Low-confidence/);
  });

  it("stores what the engine computes from the features at proposal at the offer, and keeps them", () => {
    const wrong: string[] = [];
    const campaignById = new Map(d.campaigns.map((c) => [c.id, c]));
    for (const m of d.matches) {
      const campaign = engineCampaign(campaignById.get(m.campaignId)!);
      const engine = scoreCreator(
        {
          ...engineFeatures(m.creatorId, m.featuresAtProposal as ProposalFeatures),
          ratePerVideo: m.offerAmount,
          currency: campaign.currency,
        },
        campaign,
      );
      if (m.score !== engine.score) wrong.push(`${m.id}: score ${m.score} vs ${engine.score}`);
      if (JSON.stringify(m.risks) !== JSON.stringify(engine.risks)) wrong.push(`${m.id}: risks`);
      if (m.predictedViewsMin > m.predictedViewsMax) wrong.push(`${m.id}: range`);
      const f = m.featuresAtProposal as Record<string, unknown>;
      for (const k of [
        "subscribers",
        "tier",
        "medianViews",
        "engagementRate",
        "categories",
        "ratePerVideo",
      ])
        if (!(k in f)) wrong.push(`${m.id}: ${k}`);
      if (Date.parse(f.asOf as string) !== m.createdAt) wrong.push(`${m.id}: asOf`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives at least 1,500 completed matches outcomes drawn around median views, not the forecast", () => {
    const completed = d.matches.filter((m) => m.status === "COMPLETED");
    expect(completed.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(completed.map((m) => m.creatorId)).size).toBeGreaterThan(500);
    const outcomes = new Map(d.outcomes.map((o) => [o.matchId, o]));
    expect(d.outcomes).toHaveLength(completed.length);
    const pairs: [number, number, MatchRow][] = completed.map((m) => [
      (m.featuresAtProposal as { medianViews: number }).medianViews,
      outcomes.get(m.id)!.views,
      m,
    ]);
    // log-log correlation between median views at proposal and actual views is strong but not perfect
    const xs = pairs.map(([x]) => Math.log1p(x));
    const ys = pairs.map(([, y]) => Math.log1p(y));
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    const cov = mean(xs.map((x, i) => (x - mx) * (ys[i] - my)));
    const corr =
      cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
    expect(corr).toBeGreaterThan(0.8);
    expect(corr).toBeLessThan(0.995);
    const copied = pairs.filter(
      ([, y, m]) => y === (m.forecast as { views: { expected: number } }).views.expected,
    ).length;
    expect(copied / pairs.length).toBeLessThan(0.01);
    const inside =
      pairs.filter(([, y, m]) => y >= m.predictedViewsMin && y <= m.predictedViewsMax).length /
      pairs.length;
    expect(inside).toBeGreaterThan(0.4);
    expect(inside).toBeLessThan(0.95);
    expect(
      d.outcomes.filter((o) => o.clicks > o.views || o.cost <= 0 || o.measuredAt > NOW.getTime()),
    ).toEqual([]);
  });
});

describe("determinism", () => {
  const digest = (x: DemoData) => {
    const { profiles: _p, ...rows } = x;
    return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  };

  it("gives identical data for the same seed and anchor, different for another seed", () => {
    const a = generateDemoData({ now: NOW, creators: 200 });
    const b = generateDemoData({ now: NOW, creators: 200 });
    const c = generateDemoData({ now: NOW, creators: 200, seed: "another" });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  }, 120_000);
});
