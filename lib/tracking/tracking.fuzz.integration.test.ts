// Hostile input to the tracking surface never breaks it: any code (and any visitor
// headers) on GET /r/:code is a 302 or the 404 page, never a 5xx; any argument to the
// link and promo-code actions is a typed result, never an internal error, and stores
// nothing for a match the caller does not own.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/r/[code]/route";
import { loadSessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db/client";
import { anyJson, hostileString, mutated } from "@/test/fuzz/hostile-input";
import { routeParams } from "@/test/helpers/api";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { createAcceptedMatch } from "@/test/helpers/tracking-fixtures";
import { addPromoCodeAction, addTrackingLinkAction } from "./tracking-actions.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

describe("tracking under hostile input", () => {
  it("answers any code with a 302 or the 404 page", async () => {
    const { matchId } = await createAcceptedMatch();
    const link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
    const code = fc.oneof(hostileString, fc.string({ maxLength: 300 }), fc.constant(link.code));
    // Header values must be ByteStrings; anything else never reaches a handler.
    const header = fc.oneof(
      fc.constant(undefined),
      fc.string({ unit: "binary-ascii", maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(code, header, header, header, async (c, ua, xff, country) => {
        const headers = new Headers();
        for (const [k, v] of [
          ["user-agent", ua],
          ["x-forwarded-for", xff],
          ["cf-ipcountry", country],
        ])
          if (v !== undefined) headers.set(k!, v.replace(/[\r\n\0]/g, ""));
        const res = await GET(
          new NextRequest("http://localhost:3000/r/x", { headers }),
          routeParams({ code: c }),
        );
        expect([302, 404]).toContain(res.status);
        if (c !== link.code) expect(res.status).toBe(404);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it("answers any action argument with a typed result and never touches a foreign match", async () => {
    const theirs = await createAcceptedMatch();
    const mine = await createBrandWithManager();
    const as = () => loadSessionUser(mine.manager.id);
    const addLink = addTrackingLinkAction(as);
    const addCode = addPromoCodeAction(as);
    const input = fc.oneof(
      anyJson,
      mutated({ matchId: theirs.matchId, destinationUrl: "https://x.example/", label: "x" }),
      mutated({ matchId: theirs.matchId, code: "FUZZ1" }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        for (const action of [addLink, addCode]) {
          const result = await action(value);
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) expect(result.error.code).not.toBe("internal");
        }
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
    expect(await prisma.trackingLink.count({ where: { matchId: theirs.matchId } })).toBe(1);
    expect(await prisma.promoCode.count({ where: { matchId: theirs.matchId } })).toBe(0);
  });
});
