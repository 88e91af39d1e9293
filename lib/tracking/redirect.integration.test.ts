// The redirect against a real Postgres: what a click stores (hashed visitor, no raw IP),
// one click per visitor, link and hour, bots and unknown or expired codes, and the
// HTTP answers of GET /r/:code.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/r/[code]/route";
import { pool, prisma } from "@/lib/db/client";
import { routeParams } from "@/test/helpers/api";
import { createAcceptedMatch } from "@/test/helpers/tracking-fixtures";
import { ClickBatcher } from "./click-batcher.ts";
import { findLinkByCode } from "./find-link-by-code.ts";
import { insertClicks, type ClickRow } from "./insert-clicks.ts";
import { LinkCache } from "./link-cache.ts";
import { resolveRedirect, type RedirectDeps } from "./resolve-redirect.ts";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const DESKTOP =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

function visitRequest(code: string, headers: Record<string, string>) {
  return GET(
    new NextRequest(`http://localhost:3000/r/${code}`, { headers }),
    routeParams({ code }),
  );
}

async function clicksOf(linkId: string) {
  const { rows } = await pool.query(
    `SELECT c.*, row_to_json(c)::text AS json FROM clicks c WHERE link_id = $1 ORDER BY id`,
    [linkId],
  );
  return rows;
}

describe("GET /r/:code", () => {
  let link: { id: string; code: string; destinationUrl: string };

  beforeAll(async () => {
    const { matchId } = await createAcceptedMatch();
    link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
  });

  it("answers 302 with cm_click and stores the click with a hashed visitor", async () => {
    const res = await visitRequest(link.code, {
      "user-agent": IPHONE,
      "x-forwarded-for": "198.51.100.23",
      referer: "https://www.youtube.com/watch?v=abc&si=secret",
      "cf-ipcountry": "kr",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const location = new URL(res.headers.get("location")!);
    const clickId = location.searchParams.get("cm_click")!;
    expect(clickId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // The destination's own query and fragment survive.
    expect(location.searchParams.get("ref")).toBe("cm");
    expect(location.hash).toBe("#buy");

    const rows = await clicksOf(link.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      click_id: clickId,
      device_class: "MOBILE",
      country: "KR",
      referrer: "https://www.youtube.com/watch",
    });
    expect(row.visitor_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.hour_bucket.getTime() % 3_600_000).toBe(0);
    // Nowhere in the row, in any form we could have written it.
    expect(row.json).not.toContain("198.51.100.23");
    expect(row.json).not.toContain("198.51");
  });

  it("counts a visitor once per hour: a repeat gets the stored click id and adds no row", async () => {
    const headers = { "user-agent": DESKTOP, "x-forwarded-for": "198.51.100.24" };
    const first = await visitRequest(link.code, headers);
    const again = await visitRequest(link.code, headers);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    // Same address, another browser: another visitor.
    await visitRequest(link.code, { ...headers, "user-agent": IPHONE });
    const rows = await clicksOf(link.id);
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.device_class === "DESKTOP")).toHaveLength(1);
  });

  it("redirects bots without a click id and stores nothing", async () => {
    const before = (await clicksOf(link.id)).length;
    const res = await visitRequest(link.code, {
      "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "x-forwarded-for": "66.249.66.1",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(link.destinationUrl);
    expect(await clicksOf(link.id)).toHaveLength(before);
  });

  it("shows a friendly HTML 404 page for unknown, malformed and expired codes", async () => {
    const expired = await createAcceptedMatch();
    const expiredLink = await prisma.trackingLink.update({
      where: {
        matchId_destinationUrl: {
          matchId: expired.matchId,
          destinationUrl: expired.campaign.productUrl!,
        },
      },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    for (const code of ["Zz9Zz9Zz9Z", "../etc", "x".repeat(300), expiredLink.code]) {
      const res = await visitRequest(code, { "user-agent": IPHONE, "accept-language": "ko-KR,ko" });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="ko">');
      expect(html).toContain("사용할 수 없는 링크입니다");
    }
    expect(await clicksOf(expiredLink.id)).toHaveLength(0);
    const english = await visitRequest("Zz9Zz9Zz9Z", { "accept-language": "en-US" });
    expect(await english.text()).toContain("This link is not active");
  });
});

describe("resolveRedirect over hours", () => {
  it("counts the same visitor again in the next hour", async () => {
    const { matchId } = await createAcceptedMatch();
    const link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
    let now = new Date("2026-03-01T10:59:59.000Z");
    const deps: RedirectDeps = {
      links: new LinkCache({ load: (code) => findLinkByCode(pool, code) }),
      batcher: new ClickBatcher<ClickRow>({
        write: async (rows) => void (await insertClicks(pool, rows)),
      }),
      salt: "integration-test-salt",
      now: () => now,
    };
    const visit = { ip: "203.0.113.9", userAgent: IPHONE, referrer: null, country: null };
    const a = await resolveRedirect(deps, link.code, visit);
    const b = await resolveRedirect(deps, link.code, visit);
    now = new Date("2026-03-01T11:00:00.000Z");
    const c = await resolveRedirect(deps, link.code, visit);
    expect([a.kind, b.kind, c.kind]).toEqual(["redirect", "redirect", "redirect"]);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    const rows = await clicksOf(link.id);
    expect(rows.map((r) => r.hour_bucket.toISOString())).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-03-01T11:00:00.000Z",
    ]);
    expect(rows[0].clicked_at.toISOString()).toBe("2026-03-01T10:59:59.000Z");
  });

  it("answers unavailable, not a redirect, when the click cannot be written", async () => {
    const { matchId } = await createAcceptedMatch();
    const link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
    const deps: RedirectDeps = {
      links: new LinkCache({ load: (code) => findLinkByCode(pool, code) }),
      batcher: new ClickBatcher<ClickRow>({
        write: async () => {
          throw new Error("connection refused");
        },
      }),
      salt: "integration-test-salt",
    };
    const visit = { ip: "203.0.113.10", userAgent: IPHONE, referrer: null, country: null };
    expect(await resolveRedirect(deps, link.code, visit)).toEqual({
      kind: "unavailable",
      reason: "database",
    });
  });

  it("stores a batch with repeats inside it once per key, in one statement", async () => {
    const { matchId } = await createAcceptedMatch();
    const link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
    const hour = new Date("2026-03-01T10:00:00.000Z");
    const row = (visitor: string): ClickRow => ({
      clickId: `t-${link.id.slice(0, 8)}-${visitor}`,
      linkId: link.id,
      matchId,
      campaignId: link.campaignId,
      creatorId: link.creatorId,
      clickedAt: hour,
      hourBucket: hour,
      visitorHash: visitor,
      referrer: null,
      deviceClass: "DESKTOP",
      country: null,
    });
    expect(await insertClicks(pool, [row("a"), row("b"), row("a")])).toBe(2);
    expect(await insertClicks(pool, [row("a"), row("c")])).toBe(1);
    expect(await clicksOf(link.id)).toHaveLength(3);
  });
});
