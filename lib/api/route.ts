// The one wrapper every route handler uses. In order: request id, rate limit (before
// anything else, so refused requests spend budget too), where a write comes from,
// what it carries and how big it is, session, role, zod parsing of params / query /
// body (read with a byte limit), then the handler. Every failure maps to one JSON
// error shape; unexpected errors are logged with the request id and answered with a
// bare 500 that leaks nothing. Every answer carries Cache-Control: no-store.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "../db/generated/enums.ts";
import { readSessionClaims } from "../auth/session-token.ts";
import { loadUserOfSession, type SessionUser } from "../auth/session-user.ts";
import { env } from "../env.ts";
import { AppError, forbidden, unauthorized } from "../errors.ts";
import { log } from "../log.ts";
import { clientAddress } from "./client-address.ts";
import { errorResponse } from "./error-response.ts";
import { toAppError } from "./map-error.ts";
import { enforceRateLimit, type RateLimitBucket } from "./rate-limit.ts";
import {
  assertDeclaredSize,
  assertJsonBody,
  assertSameOrigin,
  DEFAULT_MAX_BODY_BYTES,
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
  rateLimit?: false | RateLimitBucket;
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
};

export function apiRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  A extends boolean = true,
>(
  config: Config<P, Q, B, A>,
  handler: (ctx: Context<P, Q, B, A>) => Promise<unknown>,
): (req: NextRequest, ctx: RouteContext) => Promise<Response> {
  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  return async (req, routeCtx) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    const state: { user: SessionUser | null } = { user: null };
    let response: Response;
    try {
      response = await run(req, routeCtx, requestId, state);
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) {
        log.error({ err: error, requestId, path: req.nextUrl.pathname }, "unhandled error");
      }
      response = errorResponse(appError, requestId, readerLocale(req.headers));
    }
    response.headers.set("x-request-id", requestId);
    // Answers are per user and per moment: no browser or proxy may keep them.
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    log.info({
      requestId,
      method: req.method,
      path: req.nextUrl.pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
      userId: state.user?.id,
    });
    return response;
  };

  async function run(
    req: NextRequest,
    routeCtx: RouteContext,
    requestId: string,
    state: { user: SessionUser | null },
  ): Promise<Response> {
    // The cookie's claims cost no database work: enough to key the budget by user.
    const claims = await readSessionClaims(req);
    if (config.rateLimit !== false) {
      const key = claims ? `user:${claims.userId}` : `addr:${clientAddress(req.headers)}`;
      await enforceRateLimit(key, config.rateLimit);
    }
    assertSameOrigin(req, env().NEXTAUTH_URL);
    if (config.contentType !== "any") assertJsonBody(req, config.body !== undefined);
    assertDeclaredSize(req, maxBodyBytes);

    const user = claims ? await loadUserOfSession(claims) : null;
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

    const result = await handler({ req, user, params, query, body, requestId } as Context<
      P,
      Q,
      B,
      A
    >);
    return result instanceof Response ? result : Response.json(result ?? null);
  }
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
