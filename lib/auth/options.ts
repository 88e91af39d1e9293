// next-auth configuration: "Sign in with Google" is the only way in. The issuer comes
// from GOOGLE_ISSUER — Google itself unless a deployment says otherwise; `npm start`
// and the tests point it at the local stand-in (scripts/dev/oidc-provider.ts), which
// speaks the same protocol. Sessions are JWTs whose `sub` is OUR users.id and `sid` a
// user_sessions row, so every request can load the user (and their current role) with
// one indexed query that also refuses a revoked session.
import "server-only";
import type { DefaultSession, NextAuthOptions, Account, Profile } from "next-auth";
import GoogleProvider from "next-auth/providers/google";
import { headers } from "next/headers";
import { prisma } from "../db/client.ts";
import type { Role } from "../db/generated/enums.ts";
import { env, type Env } from "../env.ts";
import { log } from "../log.ts";
import { GOOGLE_SIGN_IN_SCOPES } from "./google-scopes.ts";
import { loadUserOfSession } from "./session-user.ts";
import { createUserSession, revokeUserSession } from "./user-sessions.ts";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** Our user_sessions.id: revoking that row ends this JWT (lib/auth/session-user.ts). */
    sid?: string;
  }
}

export function isGoogleSignInConfigured(e: Env = env()): boolean {
  return Boolean(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET);
}

function googleProvider(e: Env) {
  return GoogleProvider({
    clientId: e.GOOGLE_CLIENT_ID ?? "",
    clientSecret: e.GOOGLE_CLIENT_SECRET ?? "",
    wellKnown: `${e.GOOGLE_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: {
      params: {
        scope: GOOGLE_SIGN_IN_SCOPES.join(" "),
        // A refresh token, so that once a creator grants YOUTUBE_SCOPES their channel
        // can be refreshed while they are away. Google sends it on first consent
        // only; see recordGoogleSignIn.
        access_type: "offline",
        include_granted_scopes: "true",
        // Offices share machines: always let the person pick the Google account.
        prompt: "select_account",
      },
    },
  });
}

type GoogleClaims = Profile & { email_verified?: boolean | string; picture?: string };

/**
 * Creates or updates the user behind a Google sign-in and stores the provider tokens.
 * An identity seen before wins over the e-mail (Google's `sub` is stable, an address
 * can change); otherwise the verified e-mail finds the user, so seeded or invited users
 * are linked on their first sign-in. A stranger becomes a creator at the first
 * onboarding step. Returns our user id and role.
 */
export async function recordGoogleSignIn(
  account: Pick<
    Account,
    "provider" | "providerAccountId" | "access_token" | "refresh_token" | "expires_at" | "scope"
  >,
  claims: { email: string; name?: string | null; picture?: string | null },
  now: Date = new Date(),
): Promise<{ userId: string; role: Role; created: boolean }> {
  const email = claims.email.trim().toLowerCase();
  const name = claims.name?.trim() || null;
  const image = claims.picture ?? null;
  const key = { provider: account.provider, providerAccountId: account.providerAccountId };

  return prisma.$transaction(async (tx) => {
    const linked = await tx.account.findUnique({
      where: { provider_providerAccountId: key },
      select: { userId: true },
    });
    let created = false;
    let user: { id: string; role: Role; creator: { id: string } | null };
    if (linked) {
      user = await tx.user.update({
        where: { id: linked.userId },
        data: { lastLoginAt: now, ...(image ? { image } : {}) },
        select: { id: true, role: true, creator: { select: { id: true } } },
      });
    } else {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      created = !existing;
      user = await tx.user.upsert({
        where: { email },
        create: {
          email,
          name,
          image,
          role: "CREATOR",
          lastLoginAt: now,
          creator: {
            create: {
              displayName: name ?? email.split("@")[0]!,
              categories: [],
              onboardingStep: "CONNECT_CHANNEL",
            },
          },
        },
        // Keep a name the user or an admin set; fill it only when missing.
        update: { lastLoginAt: now, ...(image ? { image } : {}) },
        select: { id: true, role: true, creator: { select: { id: true } } },
      });
      if (!created && name) {
        await tx.user.updateMany({ where: { id: user.id, name: null }, data: { name } });
      }
    }
    // Every creator user has a profile to onboard into, whoever created the user row.
    if (user.role === "CREATOR" && !user.creator) {
      await tx.creator.create({
        data: {
          userId: user.id,
          displayName: name ?? email.split("@")[0]!,
          categories: [],
          onboardingStep: "CONNECT_CHANNEL",
        },
      });
    }

    const tokens = {
      scope: account.scope ?? null,
      accessToken: account.access_token ?? null,
      expiresAt: account.expires_at ? new Date(account.expires_at * 1000) : null,
    };
    await tx.account.upsert({
      where: { provider_providerAccountId: key },
      create: { ...key, userId: user.id, ...tokens, refreshToken: account.refresh_token ?? null },
      // Google omits the refresh token after the first consent: keep the one we hold.
      update: {
        ...tokens,
        ...(account.refresh_token ? { refreshToken: account.refresh_token } : {}),
      },
    });
    return { userId: user.id, role: user.role, created };
  });
}

/** The signing-in browser, kept with the session; null outside a request (tests). */
async function userAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

function isVerified(claims: GoogleClaims): boolean {
  return claims.email_verified === true || claims.email_verified === "true";
}

function buildAuthOptions(e: Env): NextAuthOptions {
  return {
    secret: e.NEXTAUTH_SECRET,
    providers: [googleProvider(e)],
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async signIn({ account, profile }) {
        const claims = profile as GoogleClaims | undefined;
        if (account?.provider !== "google" || !claims?.email) return false;
        // An unverified address could name somebody else's account here.
        if (!isVerified(claims)) return false;
        await recordGoogleSignIn(account, {
          email: claims.email,
          name: claims.name,
          picture: claims.picture,
        });
        return true;
      },
      async jwt({ token, account }) {
        // `account` is present only on the sign-in request: swap Google's subject for ours.
        if (account) {
          const row = await prisma.account.findUnique({
            where: {
              provider_providerAccountId: {
                provider: account.provider,
                providerAccountId: account.providerAccountId,
              },
            },
            select: { user: { select: { id: true, role: true } } },
          });
          if (!row) throw new Error("signed-in account was not recorded");
          token.sub = row.user.id;
          token.role = row.user.role;
          token.sid = await createUserSession(row.user.id, { userAgent: await userAgent() });
        }
        return token;
      },
      // /api/auth/session: a revoked session (or one from before sessions were
      // recorded) shows no user, like the rest of the app; the role is the current one.
      async session({ session, token }) {
        const user = token.sub
          ? await loadUserOfSession({ userId: token.sub, sessionId: token.sid ?? null })
          : null;
        if (!user) return { expires: session.expires } as typeof session;
        session.user = { ...session.user, id: user.id, role: user.role };
        return session;
      },
    },
    events: {
      // The cookie is cleared by next-auth; the row makes sure a copy of it is dead too.
      async signOut({ token }) {
        if (token?.sub && token.sid) await revokeUserSession(token.sub, token.sid);
      },
    },
    // next-auth's own messages go to the structured log; its debug output (which
    // carries tokens) is dropped.
    logger: {
      error: (code, metadata) =>
        log.error(
          { code, err: metadata instanceof Error ? metadata : metadata?.error },
          "next-auth error",
        ),
      warn: (code) => log.warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}

export const authOptions: NextAuthOptions = buildAuthOptions(env());
