// The one wrapper every route handler uses: request id, session, role, rate limit,
// zod parsing of params / query / body, and mapping of every failure to one JSON
// error shape. Unexpected errors are logged with the request id and answered with a
// bare 500 that leaks nothing.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "../db/generated/enums.ts";
import { getRequestUser } from "../auth/request-user.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError, forbidden, unauthorized } from "../errors.ts";
import { log } from "../log.ts";
import { errorResponse } from "./error-response.ts";
import { toAppError } from "./map-error.ts";
import { consumeRateLimit } from "./rate-limit.ts";
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
  /** Set to false where a budget would do harm (health checks from a load balancer). */
  rateLimit?: false;
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
  return async (req, routeCtx) => {
    const started = performance.now();
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    let user: SessionUser | null = null;
    let response: Response;
    try {
      user = await getRequestUser(req);
      response = await run(req, routeCtx, user, requestId);
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) {
        log.error({ err: error, requestId, path: req.nextUrl.pathname }, "unhandled error");
      }
      response = errorResponse(appError, requestId);
    }
    response.headers.set("x-request-id", requestId);
    log.info({
      requestId,
      method: req.method,
      path: req.nextUrl.pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
      userId: user?.id,
    });
    return response;
  };

  async function run(
    req: NextRequest,
    routeCtx: RouteContext,
    user: SessionUser | null,
    requestId: string,
  ): Promise<Response> {
    if (config.auth !== false) {
      if (!user) throw unauthorized();
      if (config.roles && !config.roles.includes(user.role)) {
        throw forbidden(`This endpoint is for ${config.roles.join(" / ").toLowerCase()} users`);
      }
    }
    const wait =
      config.rateLimit === false ? null : await consumeRateLimit(user?.id ?? clientAddress(req));
    if (wait !== null) {
      throw new AppError("rate_limited", `Too many requests; retry in ${wait} s`, undefined, wait);
    }
    const params = config.params
      ? parseOrThrow(config.params, await routeCtx.params, "params")
      : undefined;
    const query = config.query
      ? parseOrThrow(config.query, Object.fromEntries(req.nextUrl.searchParams), "query")
      : undefined;
    const body = config.body ? parseOrThrow(config.body, await readJson(req)) : undefined;

    const result = await handler({ req, user, params, query, body, requestId } as Context<
      P,
      Q,
      B,
      A
    >);
    return result instanceof Response ? result : Response.json(result ?? null);
  }
}

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
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

function clientAddress(req: NextRequest): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anonymous";
}
