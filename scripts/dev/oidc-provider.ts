// A local stand-in for "Sign in with Google" in development and tests: a real OpenID
// Connect provider (oidc-provider) speaking the protocol next-auth's Google provider
// speaks — discovery, JWKS, authorization code + PKCE + state, an RS256 ID token with
// Google-shaped claims — so the browser runs the same redirect flow as in production.
// Its login page is an account chooser: the demo accounts, or any typed e-mail address
// (a Google account the platform has never seen).
//
// Run alone: `npx tsx scripts/dev/oidc-provider.ts` (port 4011, client redirect to
// http://localhost:3000). scripts/lib/stack.ts starts it for `npm start` and the tests.
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import Provider, {
  type Adapter,
  type AdapterPayload,
  type Configuration,
  type KoaContextWithOIDC,
  interactionPolicy,
} from "oidc-provider";
import { YOUTUBE_SCOPES } from "../../lib/auth/google-scopes.ts";
import { DEMO_ACCOUNTS } from "../../lib/demo-data/accounts.ts";
import { escapeHtml, listenOnLocalhost, readBody } from "./http-helpers.ts";

export const LOCAL_GOOGLE_CLIENT = {
  id: "local-google-client",
  secret: "local-google-secret",
} as const;

export const DEFAULT_OIDC_PORT = 4011;

export type LocalAccount = {
  sub: string;
  email: string;
  name: string;
};

export type LocalOidcProvider = {
  issuer: string;
  close(): Promise<void>;
};

/**
 * Google's `sub` is a stable 21-digit number per account. Deriving it from the e-mail
 * keeps it stable across restarts, so `accounts.provider_account_id` rows stay valid.
 */
export function subjectFor(email: string): string {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest();
  const digits = BigInt(`0x${digest.subarray(0, 9).toString("hex")}`)
    .toString()
    .padStart(20, "0");
  return `1${digits.slice(0, 20)}`;
}

/** "new.creator-42@example.com" -> "New Creator 42": Google always has a display name. */
export function nameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  return local
    .split(/[._\-+]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(" ");
}

const EMAIL_PATTERN = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

export function demoLocalAccounts(): LocalAccount[] {
  return Object.values(DEMO_ACCOUNTS).map((a) => ({
    sub: subjectFor(a.email),
    email: a.email,
    name: a.name,
  }));
}

export async function startLocalOidcProvider(options: {
  port?: number;
  issuer?: string;
  redirectUris: string[];
}): Promise<LocalOidcProvider> {
  // Listen first: with port 0 (tests) the issuer URL depends on the port we get.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    res.writeHead(503).end();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => handle(req, res);
  const listener = await listenOnLocalhost(onRequest, options.port ?? DEFAULT_OIDC_PORT);
  const port = listener.port;

  const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/$/, "");
  // Accounts known to this process; typed e-mails join it at login.
  const accounts = new Map(demoLocalAccounts().map((a) => [a.sub, a]));
  const provider = new Provider(
    issuer,
    configuration({ issuer, accounts, redirectUris: options.redirectUris }),
  );
  const oidcCallback = provider.callback();
  // The chooser's form posts here, and the redirects that follow end at the app: CSP's
  // form-action covers the whole redirect chain, so the app's origins must be listed.
  const formAction = [
    "'self'",
    ...new Set(options.redirectUris.map((u) => new URL(u).origin)),
  ].join(" ");

  handle = (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname.startsWith("/interaction/")) {
      handleInteraction(provider, accounts, req, res, url, formAction).catch((error: unknown) => {
        sendHtml(
          res,
          500,
          page("Sign-in failed", `<p>${escapeHtml(String(error))}</p>`),
          formAction,
        );
      });
      return;
    }
    if (url.pathname.startsWith("/avatar/")) {
      sendAvatar(res, accounts.get(url.pathname.slice("/avatar/".length).replace(/\.svg$/, "")));
      return;
    }
    oidcCallback(req, res);
  };

  return {
    issuer,
    close: () => listener.close(),
  };
}

function configuration({
  issuer,
  accounts,
  redirectUris,
}: {
  issuer: string;
  accounts: Map<string, LocalAccount>;
  redirectUris: string[];
}): Configuration {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: "jwk" }),
    kid: "local-google-1",
    use: "sig",
    alg: "RS256",
  };

  return {
    adapter: processMemoryAdapter(),
    clients: [
      {
        client_id: LOCAL_GOOGLE_CLIENT.id,
        client_secret: LOCAL_GOOGLE_CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    scopes: ["openid", "email", "profile", "offline_access", ...YOUTUBE_SCOPES],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name", "picture", "locale"],
    },
    // Google puts the profile and e-mail claims in the ID token itself, and next-auth
    // reads the user from the ID token; oidc-provider's default keeps them for userinfo.
    conformIdTokenClaims: false,
    // Google-only authorization parameters next-auth sends; accepted and ignored.
    extraParams: ["access_type", "include_granted_scopes"],
    // Google issues a refresh token for access_type=offline; the app always asks for it.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    // Stricter than Google: the flow must carry PKCE, so a regression in next-auth's
    // checks fails here rather than in production.
    pkce: { required: () => true },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 86400,
      Grant: 86400,
      RefreshToken: 14 * 86400,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      // Switching accounts ends the stand-in's previous session through this endpoint
      // (an auto-submitted form), as oidc-provider does for any account change.
      rpInitiatedLogout: { enabled: true },
    },
    interactions: {
      policy: policyWithAccountChooser(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    // The registered client is first-party: consent is implied, as for an app verified
    // by Google whose scopes the user granted before. Each sign-in still picks an account.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      if (!accountId || !oidc.client) return undefined;
      const grantId =
        oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client.clientId);
      const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      const grant =
        existing && existing.accountId === accountId
          ? existing
          : new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
      const scope = typeof oidc.params?.scope === "string" ? oidc.params.scope : "openid";
      grant.addOIDCScope(scope);
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      const [given, ...rest] = account.name.split(" ");
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          email_verified: true,
          name: account.name,
          given_name: given,
          family_name: rest.join(" ") || undefined,
          picture: `${issuer}/avatar/${sub}.svg`,
          locale: "ko",
        }),
      };
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = page(
        "Sign-in error",
        `<p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ""))}</p>`,
      );
    },
  };
}

/**
 * The app asks for `prompt=select_account`, as Google understands it: show the account
 * chooser even when a session exists, so that after signing out one can sign in as
 * somebody else. oidc-provider knows only `login` and `consent` until told.
 */
function policyWithAccountChooser() {
  const policy = interactionPolicy.base();
  policy.add(new interactionPolicy.Prompt({ name: "select_account", requestable: true }), 0);
  return policy;
}

/**
 * Sessions, codes and grants live as long as this process: a restart signs everybody
 * out of the stand-in, never out of the app. (Passing an adapter also keeps
 * oidc-provider from warning that its quick-start adapter is not for production.)
 */
function processMemoryAdapter(): (name: string) => Adapter {
  type Entry = { payload: AdapterPayload; expiresAt?: number };
  const store = new Map<string, Entry>();
  const byUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const byGrant = new Map<string, Set<string>>();

  const live = (key: string | undefined): AdapterPayload | undefined => {
    const entry = key ? store.get(key) : undefined;
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      store.delete(key!);
      return undefined;
    }
    return entry.payload;
  };

  // Only tokens die with their grant; interactions and sessions merely mention it.
  const grantBound = new Set(["AccessToken", "AuthorizationCode", "RefreshToken"]);

  return (name) => {
    const key = (id: string) => `${name}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        store.set(key(id), {
          payload,
          expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
        });
        if (payload.uid && name === "Session") byUid.set(payload.uid, key(id));
        if (payload.userCode) byUserCode.set(payload.userCode, key(id));
        if (payload.grantId && grantBound.has(name)) {
          const keys = byGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key(id));
          byGrant.set(payload.grantId, keys);
        }
      },
      async find(id) {
        return live(key(id));
      },
      async findByUid(uid) {
        return live(byUid.get(uid));
      },
      async findByUserCode(userCode) {
        return live(byUserCode.get(userCode));
      },
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const k of byGrant.get(grantId) ?? []) store.delete(k);
        byGrant.delete(grantId);
      },
    };
  };
}

async function handleInteraction(
  provider: Provider,
  accounts: Map<string, LocalAccount>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  formAction: string,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const uid = details.uid;

  if (req.method === "POST" && url.pathname === `/interaction/${uid}/login`) {
    const form = new URLSearchParams(await readBody(req));
    const email = (form.get("email") ?? "").trim().toLowerCase();
    if (!EMAIL_PATTERN.test(email)) {
      sendHtml(
        res,
        400,
        chooserPage(uid, [...accounts.values()], "Enter a valid e-mail address."),
        formAction,
      );
      return;
    }
    const sub = subjectFor(email);
    const typedName = (form.get("name") ?? "").trim();
    if (!accounts.has(sub))
      accounts.set(sub, { sub, email, name: typedName || nameFromEmail(email) });
    await provider.interactionFinished(
      req,
      res,
      { select_account: {}, login: { accountId: sub, remember: false } },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  if (req.method === "GET" && url.pathname === `/interaction/${uid}`) {
    if (details.prompt.name === "consent") {
      // Unreachable with loadExistingGrant above; kept so that a new prompt reason
      // never strands the browser on a blank page.
      const grant = new provider.Grant({
        clientId: String(details.params.client_id),
        accountId: details.session?.accountId,
      });
      grant.addOIDCScope(String(details.params.scope ?? "openid"));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    sendHtml(res, 200, chooserPage(uid, [...accounts.values()]), formAction);
    return;
  }

  sendHtml(res, 404, page("Not found", "<p>Unknown sign-in step.</p>"), formAction);
}

function chooserPage(uid: string, accounts: LocalAccount[], error?: string): string {
  const demoEmails = new Set<string>(Object.values(DEMO_ACCOUNTS).map((a) => a.email));
  const buttons = accounts
    .filter((a) => demoEmails.has(a.email))
    .map(
      (a) => `
      <form method="post" action="/interaction/${uid}/login">
        <input type="hidden" name="email" value="${escapeHtml(a.email)}">
        <button type="submit" class="account" aria-label="${escapeHtml(a.email)}">
          <span class="avatar" aria-hidden="true">${escapeHtml(initials(a.name))}</span>
          <span><strong>${escapeHtml(a.name)}</strong><br><small>${escapeHtml(a.email)}</small></span>
        </button>
      </form>`,
    )
    .join("");
  return page(
    "Choose an account",
    `<p class="lead">to continue to Creator Match</p>
    ${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ""}
    <section aria-label="Demo accounts">${buttons}</section>
    <form method="post" action="/interaction/${uid}/login" class="other">
      <h2>Use another account</h2>
      <label>E-mail <input type="email" name="email" required autocomplete="email"></label>
      <label>Name (optional) <input type="text" name="name" autocomplete="name"></label>
      <button type="submit">Continue</button>
    </form>
    <p class="note">Local development sign-in: this page stands in for Google.</p>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Local Google</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f1f3f4; margin: 0; color: #202124; }
  main { max-width: 26rem; margin: 2rem auto; background: #fff; border-radius: 12px; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; font-weight: 500; }
  h2 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
  .lead { margin: 0 0 1rem; color: #5f6368; }
  .account { display: flex; gap: .75rem; align-items: center; width: 100%; text-align: left; background: none;
    border: 0; border-bottom: 1px solid #dadce0; padding: .75rem .25rem; cursor: pointer; font: inherit; }
  .account:hover, .account:focus { background: #f8f9fa; }
  .avatar { width: 2rem; height: 2rem; border-radius: 50%; background: #1a73e8; color: #fff;
    display: inline-flex; align-items: center; justify-content: center; font-size: .8rem; flex: none; }
  small { color: #5f6368; }
  label { display: block; margin: .5rem 0; font-size: .9rem; }
  input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem;
    border: 1px solid #dadce0; border-radius: 4px; font: inherit; }
  .other button { margin-top: .5rem; background: #1a73e8; color: #fff; border: 0; border-radius: 4px;
    padding: .5rem 1rem; font: inherit; cursor: pointer; }
  .error { color: #d93025; }
  .note { font-size: .8rem; color: #5f6368; margin-top: 1.5rem; }
</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function sendAvatar(res: ServerResponse, account: LocalAccount | undefined): void {
  if (!account) {
    res.writeHead(404).end();
    return;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#1a73e8"/><text x="48" y="60" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${escapeHtml(initials(account.name))}</text></svg>`;
  res
    .writeHead(200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=3600" })
    .end(svg);
}

function sendHtml(res: ServerResponse, status: number, html: string, formAction: string): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // Inline styles only, no scripts.
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'none'`,
  });
  res.end(html);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

// `npx tsx scripts/dev/oidc-provider.ts [port] [app-url]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.argv[2] ?? DEFAULT_OIDC_PORT);
  const appUrl = process.argv[3] ?? "http://localhost:3000";
  const oidc = await startLocalOidcProvider({
    port,
    redirectUris: [`${appUrl}/api/auth/callback/google`],
  });
  console.log(`Local Google stand-in at ${oidc.issuer} (client ${LOCAL_GOOGLE_CLIENT.id})`);
  const stop = () => void oidc.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
