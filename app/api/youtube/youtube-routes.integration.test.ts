// The "Connect YouTube" round trip through the routes and the stand-in's consent page,
// and who may do what: only creators connect, and a creator reaches only their own
// connection (the routes take no id; another creator's call finds nothing: 404).
import { openText } from "@/lib/crypto/secret-box";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createBrandWithManager, createUser } from "@/test/helpers/fixtures";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { LOCAL_GOOGLE_CLIENT } from "@/scripts/dev/oidc-provider";
import { startYoutubeStandIn, type YoutubeStandIn } from "@/scripts/dev/youtube-stand-in";

type Handler = (
  req: import("next/server").NextRequest,
  ctx: ReturnType<typeof routeParams>,
) => Promise<Response>;
let callback: Handler;
let connect: Handler;
let connection: Handler;
let disconnect: Handler;
let sync: Handler;

let standIn: YoutubeStandIn;
const ctx = routeParams({});

beforeAll(async () => {
  standIn = await startYoutubeStandIn({
    port: 0,
    redirectUris: ["http://localhost:3000/api/youtube/callback"],
  });
  // Before anything reads env(): the routes build their config from it.
  Object.assign(process.env, standIn.env, {
    GOOGLE_CLIENT_ID: LOCAL_GOOGLE_CLIENT.id,
    GOOGLE_CLIENT_SECRET: LOCAL_GOOGLE_CLIENT.secret,
  });
  // lib/env.ts read process.env when the database client was imported: load the routes
  // (and their env module) afresh so that they see the stand-in's address.
  vi.resetModules();
  ({ GET: callback } = await import("./callback/route"));
  ({ GET: connect } = await import("./connect/route"));
  ({ GET: connection, DELETE: disconnect } = await import("./connection/route"));
  ({ POST: sync } = await import("./sync/route"));
});
afterAll(() => standIn.close());

let n = 0;
async function newCreator() {
  const user = await createUser("CREATOR", `route-${Date.now().toString(36)}-${n++}@test.local`);
  const creator = await prisma.creator.create({
    data: { userId: user.id, displayName: "새 크리에이터" },
  });
  return { user, creator };
}

/** Connect → consent page → Allow → the redirect back, as a browser would follow it. */
async function connectThroughConsent(userId: string, callbackUserId = userId) {
  const start = await connect(await apiRequest("/api/youtube/connect", { userId }), ctx);
  expect(start.status).toBe(303);
  const consentUrl = start.headers.get("location")!;
  const cookie = start.headers.get("set-cookie")!.split(";")[0]!;
  const url = new URL(consentUrl);
  expect(url.searchParams.get("access_type")).toBe("offline");
  expect(url.searchParams.get("prompt")).toBe("consent");
  expect(url.searchParams.get("include_granted_scopes")).toBe("true");
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");

  const page = await (await fetch(consentUrl)).text();
  expect(page).toContain("https://www.googleapis.com/auth/youtube.readonly");
  expect(page).toContain("https://www.googleapis.com/auth/yt-analytics.readonly");
  const form = new URLSearchParams(
    [...page.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map(([, k, v]) => [
      k!,
      v!.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))),
    ]),
  );
  form.set("decision", "allow");
  const decided = await fetch(new URL("/o/oauth2/v2/auth/decision", consentUrl), {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const back = new URL(decided.headers.get("location")!);
  return callback(
    await apiRequest(`${back.pathname}${back.search}`, {
      userId: callbackUserId,
      headers: {
        cookie: `${cookie}; ${(await apiRequest("/", { userId: callbackUserId })).headers.get("cookie")}`,
      },
    }),
    ctx,
  );
}

describe("Connect YouTube routes", () => {
  it("connects through the consent page, stores sealed tokens and verified figures", async () => {
    const { user, creator } = await newCreator();
    const res = await connectThroughConsent(user.id);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      "http://localhost:3000/creator/youtube?youtube=connected",
    );

    const row = await prisma.youtubeConnection.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    // sealed (AES-256-GCM), opening to Google's token formats
    expect(row.accessTokenEnc).not.toContain("ya29");
    expect(openText(row.accessTokenEnc)).toMatch(/^ya29\./);
    expect(openText(row.refreshTokenEnc!)).toMatch(/^1\/\//);
    expect(row.scopes).toEqual(
      expect.arrayContaining([
        "https://www.googleapis.com/auth/youtube.readonly",
        "https://www.googleapis.com/auth/yt-analytics.readonly",
      ]),
    );
    expect(row.syncStatus).toBe("OK");
    const ch = await prisma.channel.findFirstOrThrow({ where: { creatorId: creator.id } });
    expect(ch.statsSource).toBe("VERIFIED");

    const status = await connection(
      await apiRequest("/api/youtube/connection", { userId: user.id }),
      ctx,
    );
    const body = (await status.json()) as { connection: Record<string, unknown> };
    expect(Object.keys(body.connection).sort()).toEqual([
      "analyticsGranted",
      "connectedAt",
      "error",
      "lastAttemptAt",
      "lastSuccessAt",
      "retryAfter",
      "status",
      "syncing",
    ]);
    expect(JSON.stringify(body)).not.toMatch(/ya29|1\/\//);
  });

  it("refuses a consent started by another user (state bound to the session)", async () => {
    const a = await newCreator();
    const b = await newCreator();
    const res = await connectThroughConsent(a.user.id, b.user.id);
    expect(res.headers.get("location")).toMatch(/youtube=expired$/);
    expect(
      await prisma.youtubeConnection.count({
        where: { creatorId: { in: [a.creator.id, b.creator.id] } },
      }),
    ).toBe(0);
  });

  it("sends a denied consent back with a message and stores nothing", async () => {
    const { user, creator } = await newCreator();
    const res = await callback(
      await apiRequest("/api/youtube/callback?error=access_denied&state=x", { userId: user.id }),
      ctx,
    );
    expect(res.headers.get("location")).toMatch(/youtube=denied$/);
    expect(await prisma.youtubeConnection.count({ where: { creatorId: creator.id } })).toBe(0);
  });

  it("is for creators only: a brand manager gets 403 and never sees the consent screen", async () => {
    const { manager } = await createBrandWithManager();
    const res = await connect(
      await apiRequest("/api/youtube/connect", { userId: manager.id }),
      ctx,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("location")).toBeNull();
    const anon = await connect(await apiRequest("/api/youtube/connect"), ctx);
    expect(anon.status).toBe(401);
  });

  it("another creator can neither refresh nor disconnect yours", async () => {
    const owner = await newCreator();
    await connectThroughConsent(owner.user.id);
    const other = await newCreator();
    const post = { method: "POST", userId: other.user.id };
    const refreshed = await sync(await apiRequest("/api/youtube/sync", post), ctx);
    expect(refreshed.status).toBe(404);
    const removed = await disconnect(
      await apiRequest("/api/youtube/connection", { method: "DELETE", userId: other.user.id }),
      ctx,
    );
    expect(removed.status).toBe(404);
    expect(await prisma.youtubeConnection.count({ where: { creatorId: owner.creator.id } })).toBe(
      1,
    );

    const own = await sync(
      await apiRequest("/api/youtube/sync", { method: "POST", userId: owner.user.id }),
      ctx,
    );
    expect(own.status).toBe(200);
    expect(((await own.json()) as { sync: { status: string } }).sync.status).toBe("OK");
    const gone = await disconnect(
      await apiRequest("/api/youtube/connection", { method: "DELETE", userId: owner.user.id }),
      ctx,
    );
    expect(gone.status).toBe(200);
    expect(await prisma.youtubeConnection.count({ where: { creatorId: owner.creator.id } })).toBe(
      0,
    );
  });
});
