// The decoded-claims cache must never outlive a token: an expired cookie reads as
// signed out even when its claims were decoded (and kept) while it was valid.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionClaims } from "./session-token.ts";

// env() wants a database URL; nothing here connects to it.
process.env.DATABASE_URL ??= "postgres://unused@127.0.0.1:1/unused";
const SECRET = "dev-only-secret-not-for-production-use";

async function requestWith(maxAge: number, sub = "8a6c5a1e-52a4-4c8e-9d58-0f5d3c2b1a00") {
  const token = await encode({ token: { sub, sid: "s-1" }, secret: SECRET, maxAge });
  return new NextRequest("http://localhost:3000/api/v1/x", {
    headers: { cookie: `next-auth.session-token=${token}` },
  });
}

describe("readSessionClaims", () => {
  afterEach(() => vi.useRealTimers());

  it("reads the same cookie twice to the same claims", async () => {
    const req = await requestWith(60);
    const first = await readSessionClaims(req);
    expect(first).toEqual({ userId: "8a6c5a1e-52a4-4c8e-9d58-0f5d3c2b1a00", sessionId: "s-1" });
    expect(await readSessionClaims(req)).toEqual(first);
  });

  it("refuses a cookie once it has expired, although its claims were cached", async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    const req = await requestWith(60, "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    expect(await readSessionClaims(req)).not.toBeNull();
    vi.setSystemTime(Date.now() + 61_000);
    expect(await readSessionClaims(req)).toBeNull();
  });

  it("refuses a tampered cookie", async () => {
    const req = await requestWith(60);
    const cookie = req.headers.get("cookie")!;
    const tampered = new NextRequest("http://localhost:3000/api/v1/x", {
      headers: { cookie: cookie.slice(0, -4) + "AAAA" },
    });
    expect(await readSessionClaims(tampered)).toBeNull();
  });
});
