// Sessions are rows that can end before the JWT does: sign-out, a role change and
// "sign out everywhere" each make a saved cookie worthless, checked on the real
// campaigns route with real signed cookies.
import type { Account } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { GET as listCampaigns } from "@/app/api/v1/campaigns/route";
import { prisma } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { authOptions, recordGoogleSignIn } from "./options.ts";
import { loadUserOfSession } from "./session-user.ts";
import { createUserSession, revokeAllUserSessions } from "./user-sessions.ts";

const noParams = routeParams({});

async function statusWith(userId: string, sessionId: string): Promise<number> {
  const res = await listCampaigns(
    await apiRequest("/api/v1/campaigns", { userId, sessionId }),
    noParams,
  );
  return res.status;
}

describe("user sessions", () => {
  it("a live session reads campaigns; the same cookie after revocation gets 401", async () => {
    const { manager } = await createBrandWithManager();
    const session = await createUserSession(manager.id, { userAgent: "vitest" });
    expect(await statusWith(manager.id, session)).toBe(200);

    await prisma.userSession.update({ where: { id: session }, data: { revokedAt: new Date() } });
    const res = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { userId: manager.id, sessionId: session }),
      noParams,
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  });

  it("next-auth's sign-out event revokes exactly the session it ends", async () => {
    const { manager } = await createBrandWithManager();
    const ended = await createUserSession(manager.id);
    const other = await createUserSession(manager.id);
    await authOptions.events!.signOut!({
      token: { sub: manager.id, sid: ended } as JWT,
      session: null as never,
    });
    expect(await statusWith(manager.id, ended)).toBe(401);
    expect(await statusWith(manager.id, other)).toBe(200);
  });

  it("next-auth's session endpoint shows no user for a revoked session", async () => {
    const { manager } = await createBrandWithManager();
    const sid = await createUserSession(manager.id);
    const session = (token: JWT) =>
      authOptions.callbacks!.session!({
        session: { expires: "2099-01-01T00:00:00.000Z" },
        token,
      } as Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["session"]>>[0]);
    expect(await session({ sub: manager.id, sid, role: "ADMIN" })).toEqual({
      expires: "2099-01-01T00:00:00.000Z",
      user: { id: manager.id, role: "BRAND_MANAGER" },
    });
    await revokeAllUserSessions(manager.id);
    expect(await session({ sub: manager.id, sid })).toEqual({
      expires: "2099-01-01T00:00:00.000Z",
    });
  });

  it("a role change revokes every session of that user, and only theirs", async () => {
    const a = await createBrandWithManager();
    const b = await createBrandWithManager();
    const first = await createUserSession(a.manager.id);
    const second = await createUserSession(a.manager.id);
    const bystander = await createUserSession(b.manager.id);

    // A name change is not a role change: sessions live on.
    await prisma.user.update({ where: { id: a.manager.id }, data: { name: "Renamed" } });
    expect(await statusWith(a.manager.id, first)).toBe(200);

    await prisma.user.update({ where: { id: a.manager.id }, data: { role: "ADMIN" } });
    expect(await statusWith(a.manager.id, first)).toBe(401);
    expect(await statusWith(a.manager.id, second)).toBe(401);
    expect(await statusWith(b.manager.id, bystander)).toBe(200);
    const rows = await prisma.userSession.findMany({ where: { userId: a.manager.id } });
    expect(rows.map((r) => r.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);

    // Signing in again after the change works, with the new role.
    const fresh = await createUserSession(a.manager.id);
    expect(await statusWith(a.manager.id, fresh)).toBe(200);
  });

  it("sign out everywhere ends all of the user's sessions", async () => {
    const { manager } = await createBrandWithManager();
    const sessions = [await createUserSession(manager.id), await createUserSession(manager.id)];
    expect(await revokeAllUserSessions(manager.id)).toBe(2);
    for (const s of sessions) expect(await statusWith(manager.id, s)).toBe(401);
    expect(await revokeAllUserSessions(manager.id)).toBe(0);
  });

  it("refuses a JWT without a session id, and another user's session id", async () => {
    const a = await createBrandWithManager();
    const b = await createBrandWithManager();
    const theirs = await createUserSession(b.manager.id);
    expect(await loadUserOfSession({ userId: a.manager.id, sessionId: null })).toBeNull();
    expect(await loadUserOfSession({ userId: a.manager.id, sessionId: theirs })).toBeNull();
    expect(await loadUserOfSession({ userId: a.manager.id, sessionId: "not-a-uuid" })).toBeNull();
    expect(await loadUserOfSession({ userId: b.manager.id, sessionId: theirs })).toMatchObject({
      id: b.manager.id,
      role: "BRAND_MANAGER",
      brandIds: [b.brand.id],
      creatorId: null,
    });
  });

  it("sign-in writes a session row and puts its id in the JWT", async () => {
    const sub = `1${Date.now().toString(36)}`;
    const email = `session.${sub}@example.com`;
    const account = {
      provider: "google",
      type: "oauth",
      providerAccountId: sub,
      access_token: "ya29.x",
    } as Account;
    const { userId } = await recordGoogleSignIn(account, { email, name: "Sess Ion" });
    const token = await authOptions.callbacks!.jwt!({
      token: { sub, email },
      account,
      user: { id: sub, email },
    } as Parameters<NonNullable<typeof authOptions.callbacks>["jwt"] & object>[0]);
    expect(token).toMatchObject({ sub: userId, role: "CREATOR", sid: expect.any(String) });
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId, revokedAt: null });
  });

  it("refreshes last_seen_at only when it is stale", async () => {
    const { manager } = await createBrandWithManager();
    const session = await createUserSession(manager.id);
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await prisma.userSession.update({ where: { id: session }, data: { lastSeenAt: old } });
    await loadUserOfSession({ userId: manager.id, sessionId: session });
    const touched = await prisma.userSession.findUniqueOrThrow({ where: { id: session } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
    await loadUserOfSession({ userId: manager.id, sessionId: session });
    const again = await prisma.userSession.findUniqueOrThrow({ where: { id: session } });
    expect(again.lastSeenAt.getTime()).toBe(touched.lastSeenAt.getTime());
  });
});
