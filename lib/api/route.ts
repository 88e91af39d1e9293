// The one wrapper every route handler uses. In order: request id, who is asking (an API
// token or the session cookie), rate limit (before anything else that costs, so refused
// requests spend budget too), where a write comes from (cookie callers only), what it
// carries and how big it is, token scope, session, role, zod parsing of params / query /
// body (read with a byte limit), then the handler. Every failure maps to one JSON error
// shape (401 with WWW-Authenticate); unexpected errors are logged with the request id and
// answered with a bare 500 that leaks nothing. Every answer carries Cache-Control:
// no-store. The config, docs included, stays on the returned handler
// (`handler.definition`) for the OpenAPI document (lib/api/openapi).
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "../db/generated/enums.ts";
import type { ApiScope } from "../auth/api-tokens/schemas.ts";
import { identifyCaller, userOfCaller, type RequestCaller } from "../auth/request-user.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { env } from "../env.ts";
import { AppError, forbidden, unauthorized } from "../errors.ts";
import { log } from "../log.ts";
import { observeApiAnswer, routeTemplate } from "../server/metrics.ts";
import { clientAddress } from "./client-address.ts";
import { errorResponse } from "./error-response.ts";
import { toAppError } from "./map-error.ts";
import type { DocumentedHandler, RouteDocs } from "./openapi/route-docs.ts";
import { enforceRateLimit, type RateLimitBucket } from "./rate-limit.ts";
import {
  assertDeclaredSize,
  assertJsonBody,
  assertSameOrigin,
  DEFAULT_MAX_BODY_BYTES,
  isWrite,
  readBodyText,
} from "./request-guards.ts";
import { requestIdFrom } from "./request-id.ts";
import { readerLocale } from "../i18n/reader-locale.ts";
import { parseOrThrow } from "./zod-errors.ts";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Config<P, Q, B, A extends boolean> = {
  /** Roles allowed; omitted = any signed-in user. */
  roles?: readonly Role[];
  /** Set to false for public endpoints (health checks, webhooks with their own auth). */
  auth?: A;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The budget this route spends from besides the shared "api" one ("ranking": the
   * expensive ranking route); false where a budget would do harm (health checks from a
   * load balancer).
   */
  rateLimit?: false | Exclude<RateLimitBucket, "api" | "token">;
  /**
   * The API-token scope this route needs: "read" for GET, "write" for other methods by
   * default; false keeps tokens out (personal data of a person, not of a brand).
   */
  scope?: ApiScope | false;
  /** The operation's OpenAPI description: summary, response schema, examples. */
  docs?: RouteDocs;
  /** Largest body accepted, in bytes; 1 MiB by default. An upload route raises it and streams req.body itself. */
  maxBodyBytes?: number;
  /**
   * "any" lets a write carry a body other than JSON (uploads, webhooks with their own
   * signature check). The default refuses it with 415.
   */
  contentType?: "json" | "any";
};

type Context<P, Q, B, A extends boolean> = {
  req: NextRequest;
  user: A extends false ? SessionUser | null : SessionUser;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  requestId: string;
  /** The API token making the request, or null for a session (or anonymous) caller. */
  token: { id: string; brandId: string; scopes: ApiScope[] } | null;
};

const REALM = 'Bearer realm="creator-match"';

export function apiRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  A extends boolean = true,
>(
  config: Config<P, Q, B, A>,
  handler: (ctx: Context<P, Q, B, A>) => Promise<unknown>,
): ((req: NextRequest, ctx: RouteContext) => Promise<Response>) & DocumentedHandler {
  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const checkResponse = responseChecker(config.docs);

  const route = async (req: NextRequest, routeCtx: RouteContext) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    const state: State = { user: null, tokenId: null, challenge: REALM };
    let response: Response;
    try {
      response = await run(req, routeCtx, requestId, state);
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) {
        log.error({ err: error, requestId, path: req.nextUrl.pathname }, "unhandled error");
      }
      response = errorResponse(appError, requestId, readerLocale(req.headers));
      // RFC 9110: a 401 names the scheme to use; RFC 6750 adds why a token failed.
      if (response.status === 401 || state.challenge !== REALM) {
        response.headers.set("www-authenticate", state.challenge);
      }
    }
    response.headers.set("x-request-id", requestId);
    // Answers are per user and per moment: no browser or proxy may keep them.
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    const ms = performance.now() - started;
    const params = await routeCtx.params.catch(() => ({}));
    observeApiAnswer(
      req.method,
      routeTemplate(req.nextUrl.pathname, params),
      response.status,
      ms / 1000,
    );
    log.info({
      requestId,
      method: req.method,
      path: req.nextUrl.pathname,
      status: response.status,
      ms: Math.round(ms),
      userId: state.user?.id,
      tokenId: state.tokenId ?? undefined,
    });
    return response;
  };
  return Object.assign(route, { definition: config });

  async function run(
    req: NextRequest,
    routeCtx: RouteContext,
    requestId: string,
    state: State,
  ): Promise<Response> {
    // A token costs one indexed query, a cookie none (its claims are signed): enough to
    // key the budget by token or user. Bad tokens spend their address's budget.
    const caller = await identifyCaller(req);
    if (config.rateLimit !== false) {
      await enforceRateLimit(budgetKey(caller, req), config.rateLimit, baseBudget(caller));
    }
    // A bearer caller sends no ambient credential (request-user.ts), so where it comes
    // from proves nothing; a cookie caller's write must come from our own pages.
    if (caller.kind === "cookie") assertSameOrigin(req, env().NEXTAUTH_URL);
    if (config.contentType !== "any") assertJsonBody(req, config.body !== undefined);
    assertDeclaredSize(req, maxBodyBytes);

    if (caller.kind === "bad-token") {
      state.challenge = `${REALM}, error="invalid_token", error_description="The token is unknown, revoked or malformed"`;
      throw unauthorized("The API token is unknown, revoked or malformed");
    }
    if (caller.kind === "token") {
      state.tokenId = caller.principal.token.id;
      const needed = config.scope ?? (isWrite(req.method) ? "write" : "read");
      if (needed === false) throw forbidden("This endpoint is not available to API tokens");
      if (!caller.principal.token.scopes.includes(needed)) {
        state.challenge = `${REALM}, error="insufficient_scope", scope="${needed}"`;
        throw forbidden(`This API token lacks the "${needed}" scope`);
      }
    }
    const user = await userOfCaller(caller);
    state.user = user;
    if (config.auth !== false) {
      if (!user) throw unauthorized();
      if (config.roles && !config.roles.includes(user.role)) {
        throw forbidden(`This endpoint is for ${config.roles.join(" / ").toLowerCase()} users`);
      }
    }
    const params = config.params
      ? parseOrThrow(config.params, await routeCtx.params, "params")
      : undefined;
    const query = config.query
      ? parseOrThrow(config.query, Object.fromEntries(req.nextUrl.searchParams), "query")
      : undefined;
    const body = config.body
      ? parseOrThrow(config.body, await readJson(req, maxBodyBytes))
      : undefined;
    const token = caller.kind === "token" ? caller.principal.token : null;

    const result = await handler({ req, user, params, query, body, requestId, token } as Context<
      P,
      Q,
      B,
      A
    >);
    await checkResponse(result);
    if (result instanceof Response) return result;
    return Response.json(result ?? null, { status: config.docs?.response.status ?? 200 });
  }
}

type State = { user: SessionUser | null; tokenId: string | null; challenge: string };

function budgetKey(caller: RequestCaller, req: NextRequest): string {
  if (caller.kind === "token") return `token:${caller.principal.token.id}`;
  if (caller.kind === "cookie" && caller.claims) return `user:${caller.claims.userId}`;
  return `addr:${clientAddress(req.headers)}`;
}

function baseBudget(caller: RequestCaller): "api" | "token" {
  return caller.kind === "token" ? "token" : "api";
}

/**
 * Outside production, every answer is checked against what its docs publish: the
 * status, and the body (as JSON, the way a client sees it) against the schema. So the
 * integration tests of every route also prove the OpenAPI document true. A mismatch is
 * a 500 there; production skips the work.
 */
function responseChecker(docs: RouteDocs | undefined): (result: unknown) => Promise<void> {
  return async (result) => {
    // env() is read at the first answer, not at import (next build imports routes without one).
    if (!docs || env().NODE_ENV === "production") return;
    const status = docs.response.status ?? 200;
    let body: unknown = result ?? null;
    if (result instanceof Response) {
      if (result.status !== status) {
        throw new Error(`Answered ${result.status} where the docs say ${status}`);
      }
      if (!(result.headers.get("content-type") ?? "").includes("application/json")) return;
      body = await result.clone().json();
    }
    if (!("schema" in docs.response)) return;
    const parsed = docs.response.schema.safeParse(JSON.parse(JSON.stringify(body)));
    if (!parsed.success) {
      throw new Error(
        `Response does not match its documented schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`,
      );
    }
  };
}

async function readJson(req: NextRequest, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(req, maxBytes);
  if (!text.trim()) throw invalidJson("Request body must be a JSON document");
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse says where it stopped ("... at position 7"): worth passing on.
    throw invalidJson(`Request body is not valid JSON: ${(error as Error).message}`);
  }
}

function invalidJson(message: string): AppError {
  return new AppError("invalid_json", message, { "(body)": [message] });
}
