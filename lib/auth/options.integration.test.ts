// What a Google sign-in writes, against a real Postgres: the callbacks next-auth calls
// with the ID token's claims, and recordGoogleSignIn underneath them.
import { describe, expect, it } from "vitest";
import type { Account, Profile, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { prisma } from "../db/client.ts";
import { authOptions, recordGoogleSignIn } from "./options.ts";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

function googleAccount(sub: string, overrides: Partial<Account> = {}): Account {
  return {
    provider: "google",
    type: "oauth",
    providerAccountId: sub,
    access_token: `ya29.${unique()}`,
    refresh_token: `1//${unique()}`,
    expires_at: Math.floor(Date.now() / 1000) + 3599,
    scope: "openid email profile https://www.googleapis.com/auth/youtube.readonly",
    token_type: "Bearer",
    ...overrides,
  };
}

const callbacks = authOptions.callbacks!;

async function signIn(account: Account, profile: Profile & Record<string, unknown>) {
  const user = { id: account.providerAccountId, email: profile.email, name: profile.name } as User;
  return callbacks.signIn!({ user, account, profile });
}

describe("Google sign-in", () => {
  it("turns an unknown verified account into a creator at the first onboarding step", async () => {
    const email = `Stranger.${unique()}@Example.com`;
    const sub = `1${unique()}`;
    const account = googleAccount(sub);
    expect(await signIn(account, { sub, email, email_verified: true, name: "Mina Seo" })).toBe(
      true,
    );

    const user = await prisma.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      include: { creator: true, accounts: true },
    });
    expect(user).toMatchObject({ role: "CREATOR", name: "Mina Seo" });
    expect(user.lastLoginAt).toBeInstanceOf(Date);
    expect(user.creator).toMatchObject({
      displayName: "Mina Seo",
      onboardingStep: "CONNECT_CHANNEL",
      categories: [],
    });
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]).toMatchObject({
      provider: "google",
      providerAccountId: sub,
      accessToken: account.access_token,
      refreshToken: account.refresh_token,
      scope: account.scope,
    });
    expect(user.accounts[0]!.expiresAt!.getTime()).toBe(account.expires_at! * 1000);
  });

  it("refuses an address Google has not verified, and writes nothing", async () => {
    const email = `unverified.${unique()}@example.com`;
    const sub = `1${unique()}`;
    expect(await signIn(googleAccount(sub), { sub, email, email_verified: false, name: "X" })).toBe(
      false,
    );
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
  });

  it("links an existing brand manager by e-mail and keeps their role and name", async () => {
    const email = `manager.${unique()}@brand.example`;
    const existing = await prisma.user.create({
      data: { email, role: "BRAND_MANAGER", name: "Set By Admin" },
    });
    const result = await recordGoogleSignIn(googleAccount(`1${unique()}`), {
      email,
      name: "Google Name",
    });

    expect(result).toEqual({ userId: existing.id, role: "BRAND_MANAGER", created: false });
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: existing.id },
      include: { creator: true },
    });
    expect(user.name).toBe("Set By Admin");
    expect(user.creator).toBeNull();
  });

  it("fills a missing name and gives a creator user without a profile one", async () => {
    const email = `bare.${unique()}@example.com`;
    const existing = await prisma.user.create({ data: { email, role: "CREATOR" } });
    await recordGoogleSignIn(googleAccount(`1${unique()}`), { email, name: "Bora Han" });
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: existing.id },
      include: { creator: true },
    });
    expect(user.name).toBe("Bora Han");
    expect(user.creator?.onboardingStep).toBe("CONNECT_CHANNEL");
  });

  it("keeps the stored refresh token when Google omits it on a later sign-in", async () => {
    const email = `returning.${unique()}@example.com`;
    const sub = `1${unique()}`;
    const first = googleAccount(sub);
    await recordGoogleSignIn(first, { email, name: "Returning" });
    const second = googleAccount(sub, { refresh_token: undefined });
    const later = new Date(Date.now() + 60_000);
    await recordGoogleSignIn(second, { email, name: "Returning" }, later);

    const stored = await prisma.account.findUniqueOrThrow({
      where: { provider_providerAccountId: { provider: "google", providerAccountId: sub } },
      include: { user: true },
    });
    expect(stored.refreshToken).toBe(first.refresh_token);
    expect(stored.accessToken).toBe(second.access_token);
    expect(stored.user.lastLoginAt?.getTime()).toBe(later.getTime());
    expect(await prisma.account.count({ where: { userId: stored.userId } })).toBe(1);
  });

  it("follows the Google identity when its e-mail address changed", async () => {
    const sub = `1${unique()}`;
    const before = await recordGoogleSignIn(googleAccount(sub), {
      email: `old.${unique()}@example.com`,
      name: "Moved",
    });
    const newEmail = `new.${unique()}@example.com`;
    const after = await recordGoogleSignIn(googleAccount(sub), { email: newEmail, name: "Moved" });
    expect(after.userId).toBe(before.userId);
    expect(after.created).toBe(false);
    expect(await prisma.user.findUnique({ where: { email: newEmail } })).toBeNull();
  });

  it("puts our user id and role in the session token, not Google's subject", async () => {
    const email = `token.${unique()}@example.com`;
    const sub = `1${unique()}`;
    const account = googleAccount(sub);
    await signIn(account, { sub, email, email_verified: true, name: "Token Test" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });

    const token = (await callbacks.jwt!({
      token: { sub, email, name: "Token Test" },
      user: { id: sub } as User,
      account,
      trigger: "signIn",
    })) as JWT;
    expect(token.sub).toBe(user.id);
    expect(token.role).toBe("CREATOR");

    // Later requests carry no account: the token passes through unchanged.
    expect(
      await callbacks.jwt!({ token, user: undefined as unknown as User, account: null }),
    ).toEqual(token);

    const session = (await callbacks.session!({
      session: {
        user: { email, name: "Token Test" },
        expires: new Date(Date.now() + 1000).toISOString(),
      } as Session,
      token,
      user: undefined as unknown as never,
      newSession: undefined,
      trigger: "update",
    })) as Session;
    expect(session.user).toMatchObject({ id: user.id, role: "CREATOR", email });
  });
});
