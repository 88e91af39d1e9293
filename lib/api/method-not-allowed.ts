// The methods a route does not take. Next.js answers them with an empty 405 and no Allow
// header, which RFC 9110 requires (§15.5.6); a program calling the API gets the error
// shape of every other answer instead, and the Allow header. A route module exports
// these beside its own handlers:
//   export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
// OPTIONS is answered here too: Next's own would list these handlers as allowed.
import { AppError } from "../errors.ts";
import { readerLocale } from "../i18n/reader-locale.ts";
import { errorResponse } from "./error-response.ts";
import { requestIdFrom } from "./request-id.ts";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (req: Request) => Response;

const REFUSAL = Symbol("method not allowed");

/** A handler otherMethods made: not an operation of the API (the OpenAPI document). */
export const isRefusal = (handler: unknown): boolean =>
  typeof handler === "function" && REFUSAL in handler;

function refusal(req: Request, allow: string): Response {
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  const res = errorResponse(
    new AppError("method_not_allowed", `${req.method} is not allowed here; allowed: ${allow}`),
    requestId,
    readerLocale(req.headers),
  );
  res.headers.set("allow", allow);
  res.headers.set("cache-control", "no-store");
  return res;
}

/** The Allow header of a route implementing `implemented` (HEAD comes with GET unless
 *  the route refuses it). */
export function allowHeader(implemented: readonly HttpMethod[], head = true): string {
  const allowed: string[] = HTTP_METHODS.filter((m) => implemented.includes(m));
  if (head && allowed.includes("GET")) allowed.splice(1, 0, "HEAD");
  return [...allowed, "OPTIONS"].join(", ");
}

/**
 * refuseHead: HEAD is refused too (a route whose GET must not run for a look: Next
 * answers HEAD with the GET handler), and then also among the handlers returned.
 */
export function otherMethods<
  T extends Partial<Record<HttpMethod, unknown>>,
  H extends boolean = false,
>(
  implemented: T,
  options: { refuseHead?: H } = {},
): Record<Exclude<HttpMethod, keyof T> | "OPTIONS" | (H extends true ? "HEAD" : never), Handler> {
  const allow = allowHeader(
    HTTP_METHODS.filter((m) => typeof implemented[m] === "function"),
    !options.refuseHead,
  );
  const refuse: Handler = Object.assign((req: Request) => refusal(req, allow), { [REFUSAL]: true });
  const handlers: Record<string, Handler> = {
    OPTIONS: () =>
      new Response(null, { status: 204, headers: { allow, "cache-control": "no-store" } }),
  };
  for (const m of HTTP_METHODS) if (typeof implemented[m] !== "function") handlers[m] = refuse;
  if (options.refuseHead) handlers.HEAD = refuse;
  return handlers as Record<
    Exclude<HttpMethod, keyof T> | "OPTIONS" | (H extends true ? "HEAD" : never),
    Handler
  >;
}
