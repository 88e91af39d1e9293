// A local stand-in for the Google endpoints behind "Connect YouTube", in one process:
// the OAuth 2.0 consent page and token endpoint (authorization code with PKCE, refresh
// token grant, revocation), the YouTube Data API v3 (channels, playlistItems, videos)
// and the YouTube Analytics API v2 (reports). Responses are shaped like Google's
// documented ones (kind / etag / pageInfo / items; errors as
// {error: {code, message, errors: [{message, domain, reason}], status}}), so the app
// runs its real client code against it. Which account answers how is chosen by words in
// the e-mail (scripts/dev/youtube-fixtures.ts).
//
// The consent page knows the account from `login_hint` (the app sends the signed-in
// e-mail, as it does to Google): the stand-in has no Google session of its own.
//
// Run alone: `npx tsx scripts/dev/youtube-stand-in.ts [port] [app-url]`.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { YOUTUBE_SCOPES } from "../../lib/auth/google-scopes.ts";
import { LOCAL_GOOGLE_CLIENT } from "./oidc-provider.ts";
import { handleYoutubeApi } from "./youtube-stand-in-api.ts";
import { fixtureChannelFor } from "./youtube-fixtures.ts";
import { escapeHtml, listenOnLocalhost, readBody, sendJson } from "./http-helpers.ts";

export const DEFAULT_YOUTUBE_STAND_IN_PORT = 4012;

// Stable across restarts, so that tokens stored by `npm start` survive a restart of the
// stand-in (as Google's do). It signs fake tokens only.
const SIGNING_SECRET = "local-youtube-stand-in-signing-secret";
const ACCESS_TTL_SECONDS = 3599;
/** The platform's API key for public reads (videos.list of the statistics job). */
export const STAND_IN_API_KEY = "local-youtube-stand-in-api-key";

export type TokenClaims = { t: "a" | "r"; e: string; s: string[]; x: number; n: string };

export type YoutubeStandIn = {
  url: string;
  /** What the app should be configured with to use this stand-in. */
  env: Record<string, string>;
  /** Tokens as the token endpoint would issue them after consent (integration tests). */
  issueTokens(
    email: string,
    scopes?: readonly string[],
  ): { access_token: string; refresh_token: string; expires_in: number; scope: string };
  /** Every API call so far: path and e-mail (tests assert paging and retries). */
  calls: Array<{ path: string; email: string; status: number }>;
  close(): Promise<void>;
};

type PendingCode = {
  email: string;
  scopes: string[];
  redirectUri: string;
  clientId: string;
  challenge?: string;
  expiresAt: number;
};

export function signToken(claims: TokenClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const sig = createHmac("sha256", SIGNING_SECRET).update(body).digest("base64url");
  return `${claims.t === "a" ? "ya29." : "1//"}${body}.${sig}`;
}

export function readToken(token: string): TokenClaims | null {
  const raw = token.replace(/^ya29\.|^1\/\//, "");
  const [body, sig] = raw.split(".");
  if (!body || !sig) return null;
  const expected = createHmac("sha256", SIGNING_SECRET).update(body).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenClaims;
  } catch {
    return null;
  }
}

export async function startYoutubeStandIn(options: {
  port?: number;
  redirectUris: string[];
}): Promise<YoutubeStandIn> {
  const codes = new Map<string, PendingCode>();
  const revoked = new Set<string>();
  // Accounts whose first access token has been handed out ("expired" scenario).
  const firstTokenIssued = new Set<string>();
  const calls: YoutubeStandIn["calls"] = [];
  const syncsSeen = new Map<string, number>();
  // Accounts whose channel exists as far as public reads go: every account the stand-in
  // has issued a token to or served (the fixture channel is derived from the e-mail,
  // so a video id alone cannot be traced back to one).
  const knownAccounts = new Set<string>();
  let base = "";

  const issue = (email: string, scopes: readonly string[]) => {
    const now = Math.floor(Date.now() / 1000);
    const n = randomBytes(6).toString("base64url");
    // The "expired" account's first token is dead on arrival though it claims an hour:
    // a clock skew or an early revocation, which the app only learns from a 401.
    const dead = email.includes("expired") && !firstTokenIssued.has(email);
    firstTokenIssued.add(email);
    knownAccounts.add(email);
    return {
      access_token: signToken({
        t: "a",
        e: email,
        s: [...scopes],
        x: dead ? now - 60 : now + ACCESS_TTL_SECONDS,
        n,
      }),
      refresh_token: signToken({ t: "r", e: email, s: [...scopes], x: 0, n }),
      expires_in: ACCESS_TTL_SECONDS,
      scope: scopes.join(" "),
      token_type: "Bearer",
    };
  };

  const formAction = [
    "'self'",
    ...new Set(options.redirectUris.map((u) => new URL(u).origin)),
  ].join(" ");

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 500, message: String(error), status: "INTERNAL" } });
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/o/oauth2/v2/auth" && req.method === "GET") return consentPage(url, res);
    if (url.pathname === "/o/oauth2/v2/auth/decision" && req.method === "POST")
      return decide(req, res);
    if (url.pathname === "/token" && req.method === "POST") return token(req, res);
    if (url.pathname === "/revoke" && req.method === "POST") {
      const form = new URLSearchParams((await readBody(req)) || url.search);
      const claims = readToken(form.get("token") ?? url.searchParams.get("token") ?? "");
      if (!claims)
        return sendJson(res, 400, {
          error: "invalid_token",
          error_description: "Token expired or revoked",
        });
      revoked.add(claims.n);
      return sendJson(res, 200, {});
    }
    const handled = handleYoutubeApi(req, res, url, {
      authenticate: (header) => {
        const claims = readToken((header ?? "").replace(/^Bearer\s+/i, ""));
        if (!claims || claims.t !== "a" || revoked.has(claims.n)) return null;
        if (claims.x * 1000 <= Date.now()) return null;
        knownAccounts.add(claims.e);
        return { email: claims.e, scopes: claims.s };
      },
      // The "quota" account: its first channels.list (the first sync) is served, every
      // later one is refused, so the app has figures to keep.
      syncCount: (email, count) => {
        const n = (syncsSeen.get(email) ?? 0) + (count ? 1 : 0);
        syncsSeen.set(email, n);
        return n;
      },
      record: (path, email, status) => calls.push({ path, email, status }),
      apiKey: STAND_IN_API_KEY,
      publicChannels: () => [...knownAccounts].map((email) => fixtureChannelFor(email)),
    });
    if (handled) return;
    sendJson(res, 404, {
      error: {
        code: 404,
        message: "Not Found",
        errors: [{ message: "Not Found", domain: "global", reason: "notFound" }],
        status: "NOT_FOUND",
      },
    });
  }

  function consentPage(url: URL, res: ServerResponse): void {
    const p = url.searchParams;
    const clientId = p.get("client_id") ?? "";
    const redirectUri = p.get("redirect_uri") ?? "";
    if (clientId !== LOCAL_GOOGLE_CLIENT.id || !options.redirectUris.includes(redirectUri)) {
      return sendHtml(
        res,
        400,
        page(
          "Error 400: redirect_uri_mismatch",
          "<p>The app's client id or redirect URI is not registered.</p>",
        ),
        formAction,
      );
    }
    const email = (p.get("login_hint") ?? "").toLowerCase();
    const requested = (p.get("scope") ?? "").split(/\s+/).filter(Boolean);
    // include_granted_scopes: the grant also covers what sign-in granted before.
    const scopes = [
      ...new Set([
        ...(p.get("include_granted_scopes") === "true" ? ["openid", "email", "profile"] : []),
        ...requested,
      ]),
    ];
    const hidden = (name: string, value: string) =>
      `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
    const fields = [
      hidden("email", email),
      hidden("scope", scopes.join(" ")),
      hidden("redirect_uri", redirectUri),
      hidden("client_id", clientId),
      hidden("state", p.get("state") ?? ""),
      hidden("code_challenge", p.get("code_challenge") ?? ""),
    ].join("");
    const items = requested
      .map(
        (s) =>
          `<li><code>${escapeHtml(s)}</code><br><small>${escapeHtml(SCOPE_TEXT[s] ?? s)}</small></li>`,
      )
      .join("");
    sendHtml(
      res,
      200,
      page(
        "Creator Match wants additional access to your Google Account",
        `<p class="lead">${escapeHtml(email || "(no account)")}</p>
        <p>This will allow Creator Match to:</p><ul class="scopes">${items}</ul>
        <form method="post" action="/o/oauth2/v2/auth/decision">${fields}
          <button type="submit" name="decision" value="deny" class="secondary">Cancel</button>
          <button type="submit" name="decision" value="allow">Allow</button>
        </form>
        <p class="note">Local development: this page stands in for Google's consent screen.</p>`,
      ),
      formAction,
    );
  }

  async function decide(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const redirectUri = form.get("redirect_uri") ?? "";
    if (!options.redirectUris.includes(redirectUri))
      return sendHtml(res, 400, page("Error 400", "<p>Bad redirect.</p>"), formAction);
    const back = new URL(redirectUri);
    back.searchParams.set("state", form.get("state") ?? "");
    if (form.get("decision") !== "allow") {
      back.searchParams.set("error", "access_denied");
    } else {
      const code = `4/0${randomBytes(24).toString("base64url")}`;
      codes.set(code, {
        email: form.get("email") ?? "",
        scopes: (form.get("scope") ?? "").split(" ").filter(Boolean),
        redirectUri,
        clientId: form.get("client_id") ?? "",
        challenge: form.get("code_challenge") || undefined,
        expiresAt: Date.now() + 60_000,
      });
      back.searchParams.set("code", code);
      back.searchParams.set("scope", form.get("scope") ?? "");
    }
    res.writeHead(302, { location: back.toString(), "cache-control": "no-store" }).end();
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const [basicId, basicSecret] = Buffer.from(
      (req.headers.authorization ?? "").replace(/^Basic\s+/i, ""),
      "base64",
    )
      .toString()
      .split(":");
    const clientId = form.get("client_id") ?? decodeURIComponent(basicId ?? "");
    const clientSecret = form.get("client_secret") ?? decodeURIComponent(basicSecret ?? "");
    if (clientId !== LOCAL_GOOGLE_CLIENT.id || clientSecret !== LOCAL_GOOGLE_CLIENT.secret) {
      return sendJson(res, 401, {
        error: "invalid_client",
        error_description: "The OAuth client was not found.",
      });
    }
    const invalidGrant = (d: string) =>
      sendJson(res, 400, { error: "invalid_grant", error_description: d });
    if (form.get("grant_type") === "authorization_code") {
      const pending = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (
        !pending ||
        pending.expiresAt < Date.now() ||
        pending.redirectUri !== form.get("redirect_uri")
      )
        return invalidGrant("Bad Request");
      if (pending.challenge) {
        const verifier = form.get("code_verifier") ?? "";
        if (createHash("sha256").update(verifier).digest("base64url") !== pending.challenge)
          return invalidGrant("Invalid code verifier.");
      }
      return sendJson(res, 200, issue(pending.email, pending.scopes));
    }
    if (form.get("grant_type") === "refresh_token") {
      const claims = readToken(form.get("refresh_token") ?? "");
      if (!claims || claims.t !== "r" || revoked.has(claims.n))
        return invalidGrant("Token has been expired or revoked.");
      const fresh = issue(claims.e, claims.s);
      // Google answers a refresh without a new refresh token.
      return sendJson(res, 200, {
        access_token: fresh.access_token,
        expires_in: fresh.expires_in,
        scope: fresh.scope,
        token_type: "Bearer",
      });
    }
    return sendJson(res, 400, {
      error: "unsupported_grant_type",
      error_description: "Invalid grant_type",
    });
  }

  const listener = await listenOnLocalhost(
    onRequest,
    options.port ?? DEFAULT_YOUTUBE_STAND_IN_PORT,
  );
  base = `http://localhost:${listener.port}`;

  return {
    url: base,
    env: {
      GOOGLE_AUTH_URL: `${base}/o/oauth2/v2/auth`,
      GOOGLE_TOKEN_URL: `${base}/token`,
      GOOGLE_REVOKE_URL: `${base}/revoke`,
      YOUTUBE_DATA_API_BASE_URL: `${base}/youtube/v3`,
      YOUTUBE_ANALYTICS_API_BASE_URL: `${base}/v2`,
      YOUTUBE_API_KEY: STAND_IN_API_KEY,
    },
    issueTokens: (email, scopes = YOUTUBE_SCOPES) => issue(email.toLowerCase(), scopes),
    calls,
    close: () => listener.close(),
  };
}

const SCOPE_TEXT: Record<string, string> = {
  "https://www.googleapis.com/auth/youtube.readonly": "View your YouTube account",
  "https://www.googleapis.com/auth/yt-analytics.readonly":
    "View YouTube Analytics reports for your YouTube content",
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Local Google</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f1f3f4; margin: 0; color: #202124; }
  main { max-width: 30rem; margin: 2rem auto; background: #fff; border-radius: 12px; padding: 1.5rem; }
  h1 { font-size: 1.3rem; margin: 0 0 .5rem; font-weight: 500; }
  .lead { color: #5f6368; word-break: break-all; }
  .scopes li { margin: .5rem 0; } code { font-size: .8rem; word-break: break-all; }
  button { margin: 1rem .5rem 0 0; background: #1a73e8; color: #fff; border: 0; border-radius: 4px;
    padding: .5rem 1.25rem; font: inherit; cursor: pointer; }
  button.secondary { background: #fff; color: #1a73e8; border: 1px solid #dadce0; }
  .note { font-size: .8rem; color: #5f6368; margin-top: 1.5rem; }
</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function sendHtml(res: ServerResponse, status: number, html: string, formAction: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'none'`,
  });
  res.end(html);
}

// `npx tsx scripts/dev/youtube-stand-in.ts [port] [app-url]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.argv[2] ?? DEFAULT_YOUTUBE_STAND_IN_PORT);
  const appUrl = process.argv[3] ?? "http://localhost:3000";
  const standIn = await startYoutubeStandIn({
    port,
    redirectUris: [`${appUrl}/api/youtube/callback`],
  });
  console.log(`Local YouTube stand-in at ${standIn.url}`);
  for (const [k, v] of Object.entries(standIn.env)) console.log(`  ${k}=${v}`);
  const stop = () => void standIn.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
