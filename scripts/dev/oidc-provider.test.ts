// Drives the local Google stand-in with openid-client, the library next-auth's Google
// provider uses, through the whole authorization-code flow a browser would follow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generators, Issuer, type BaseClient } from "openid-client";
import { DEMO_ACCOUNTS } from "../../lib/demo-data/accounts.ts";
import {
  LOCAL_GOOGLE_CLIENT,
  nameFromEmail,
  startLocalOidcProvider,
  subjectFor,
  type LocalOidcProvider,
} from "./oidc-provider.ts";

const REDIRECT_URI = "http://localhost:3999/api/auth/callback/google";
const SCOPE =
  "openid email profile https://www.googleapis.com/auth/youtube.readonly https://www.googleapis.com/auth/yt-analytics.readonly";

let oidc: LocalOidcProvider;
let client: BaseClient;

beforeAll(async () => {
  oidc = await startLocalOidcProvider({ port: 0, redirectUris: [REDIRECT_URI] });
  const issuer = await Issuer.discover(`${oidc.issuer}/.well-known/openid-configuration`);
  client = new issuer.Client({
    client_id: LOCAL_GOOGLE_CLIENT.id,
    client_secret: LOCAL_GOOGLE_CLIENT.secret,
    redirect_uris: [REDIRECT_URI],
  });
});

afterAll(async () => {
  await oidc?.close();
});

/** A browser's cookie jar, reduced to what one host needs. */
class Browser {
  private cookies = new Map<string, string>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      const v = value.join("=");
      if (/expires=Thu, 01 Jan 1970/i.test(line) || v === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), v);
    }
    return res;
  }

  post(url: string, form: Record<string, string>): Promise<Response> {
    return this.get(url, {
      method: "POST",
      body: new URLSearchParams(form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  /** oidc-provider ends the previous account's session with a self-submitting form. */
  async submitAutoPostForm(html: string): Promise<Response> {
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    expect(action).toBeTruthy();
    const inputs = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const ended = await this.post(action!, inputs);
    expect(ended.status).toBe(303);
    return this.get(new URL(ended.headers.get("location")!, action).href);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

function absolute(location: string | null): string {
  expect(location).toBeTruthy();
  return new URL(location!, oidc.issuer).href;
}

/** Authorization request -> account chooser -> pick `email` -> redirect back with a code. */
async function signIn(browser: Browser, email: string, extra: Record<string, string> = {}) {
  const codeVerifier = generators.codeVerifier();
  const state = generators.state();
  const authUrl = client.authorizationUrl({
    scope: SCOPE,
    state,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: "S256",
    access_type: "offline",
    prompt: "select_account",
    ...extra,
  });
  const toInteraction = await browser.get(authUrl);
  expect(toInteraction.status).toBe(303);
  const interactionUrl = absolute(toInteraction.headers.get("location"));
  expect(interactionUrl).toMatch(/\/interaction\/[\w-]+$/);

  const chooser = await browser.get(interactionUrl);
  expect(chooser.status).toBe(200);
  const html = await chooser.text();

  const resume = await browser.post(`${interactionUrl}/login`, { email });
  expect(resume.status).toBe(303);
  let back = await browser.get(absolute(resume.headers.get("location")));
  if (back.status === 200) back = await browser.submitAutoPostForm(await back.text());
  expect(back.status).toBe(303);
  const callbackUrl = back.headers.get("location")!;
  expect(callbackUrl.startsWith(REDIRECT_URI)).toBe(true);
  return { html, callbackUrl, codeVerifier, state };
}

describe("local Google stand-in", () => {
  it("publishes Google's discovery shape: code flow, S256 PKCE, RS256 ID tokens, YouTube scopes", async () => {
    const meta = client.issuer.metadata;
    expect(meta.issuer).toBe(oidc.issuer);
    expect(meta.response_types_supported).toContain("code");
    expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
    expect(meta.id_token_signing_alg_values_supported).toContain("RS256");
    expect(meta.scopes_supported).toEqual(
      expect.arrayContaining([
        "openid",
        "email",
        "profile",
        "https://www.googleapis.com/auth/youtube.readonly",
      ]),
    );
    const jwks = (await (await fetch(meta.jwks_uri!)).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("signs a demo account in and issues a verifiable ID token with Google-shaped claims", async () => {
    const browser = new Browser();
    const { html, callbackUrl, codeVerifier, state } = await signIn(
      browser,
      DEMO_ACCOUNTS.brand.email,
    );
    for (const account of Object.values(DEMO_ACCOUNTS)) expect(html).toContain(account.email);

    const params = client.callbackParams(callbackUrl);
    const tokens = await client.callback(REDIRECT_URI, params, {
      code_verifier: codeVerifier,
      state,
    });
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: oidc.issuer,
      aud: LOCAL_GOOGLE_CLIENT.id,
      sub: subjectFor(DEMO_ACCOUNTS.brand.email),
      email: DEMO_ACCOUNTS.brand.email,
      email_verified: true,
      name: DEMO_ACCOUNTS.brand.name,
    });
    expect(claims.sub).toMatch(/^\d{21}$/);
    expect(claims.picture).toMatch(/^http:\/\/localhost:\d+\/avatar\/\d+\.svg$/);
    expect(claims).not.toHaveProperty("hd");
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.scope?.split(" ")).toEqual(
      expect.arrayContaining([
        "openid",
        "email",
        "profile",
        "https://www.googleapis.com/auth/yt-analytics.readonly",
      ]),
    );

    const userinfo = await client.userinfo(tokens.access_token!);
    expect(userinfo.email).toBe(DEMO_ACCOUNTS.brand.email);
  });

  it("accepts any typed e-mail as a new Google account with a stable subject", async () => {
    const email = "new.creator-7@example.com";
    const { callbackUrl, codeVerifier, state } = await signIn(new Browser(), email);
    const tokens = await client.callback(REDIRECT_URI, client.callbackParams(callbackUrl), {
      code_verifier: codeVerifier,
      state,
    });
    expect(tokens.claims()).toMatchObject({ sub: subjectFor(email), email, name: "New Creator 7" });
    expect(nameFromEmail(email)).toBe("New Creator 7");
  });

  it("shows the account chooser again on the next sign-in, so another account can be picked", async () => {
    const browser = new Browser();
    await signIn(browser, DEMO_ACCOUNTS.admin.email);
    const second = await signIn(browser, DEMO_ACCOUNTS.creator.email);
    expect(second.html).toContain("Choose an account");
    const tokens = await client.callback(REDIRECT_URI, client.callbackParams(second.callbackUrl), {
      code_verifier: second.codeVerifier,
      state: second.state,
    });
    expect(tokens.claims().email).toBe(DEMO_ACCOUNTS.creator.email);
  });

  it("refuses a code exchange with the wrong PKCE verifier", async () => {
    const { callbackUrl, state } = await signIn(new Browser(), DEMO_ACCOUNTS.admin.email);
    await expect(
      client.callback(REDIRECT_URI, client.callbackParams(callbackUrl), {
        code_verifier: generators.codeVerifier(),
        state,
      }),
    ).rejects.toThrow(/invalid_grant/);
  });

  it("refuses an authorization request without PKCE", async () => {
    const res = await new Browser().get(
      client.authorizationUrl({ scope: "openid email", state: "s" }),
    );
    const location = new URL(res.headers.get("location")!);
    expect(location.href.startsWith(REDIRECT_URI)).toBe(true);
    expect(location.searchParams.get("error")).toBe("invalid_request");
  });

  it("refuses a redirect URI that is not registered", async () => {
    const url = new URL(
      client.authorizationUrl({
        scope: "openid",
        code_challenge: "x".repeat(43),
        code_challenge_method: "S256",
      }),
    );
    url.searchParams.set("redirect_uri", "http://evil.example/callback");
    const res = await new Browser().get(url.href);
    expect(res.status).toBe(400);
  });

  it("rejects a malformed e-mail on the chooser", async () => {
    const browser = new Browser();
    const authUrl = client.authorizationUrl({
      scope: "openid email",
      code_challenge: generators.codeChallenge(generators.codeVerifier()),
      code_challenge_method: "S256",
    });
    const interactionUrl = absolute((await browser.get(authUrl)).headers.get("location"));
    const res = await browser.post(`${interactionUrl}/login`, { email: "not-an-email" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Enter a valid e-mail address.");
  });
});
