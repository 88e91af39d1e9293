// Parts every operation of the document shares: the one error shape, the answers every
// route can give, and the two ways to authenticate.
import { z } from "zod";

/** How much of an error an answer carries (lib/api/error-response.ts cuts to these). */
export const ERROR_LIMITS = { message: 2000, fields: 50, fieldKey: 200, perField: 10 } as const;
const E = ERROR_LIMITS;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "bad_request",
        "invalid_json",
        "validation_failed",
        "unauthorized",
        "forbidden",
        "not_found",
        "method_not_allowed",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "rate_limited",
        "unavailable",
        "internal",
      ]),
      message: z.string().max(E.message),
      fields: z
        .record(z.string().max(E.fieldKey), z.array(z.string().max(E.message)).max(E.perField))
        .optional()
        .describe(
          `per-field messages (422), keyed by the field's path, e.g. targetAudience.countries; at most ${E.fields} fields`,
        ),
      requestId: z.string().max(64).describe("quote it when you report a problem"),
    }),
  })
  .meta({ id: "Error" });

const error = (description: string, example: z.infer<typeof ErrorSchema>["error"]) => ({
  description,
  content: { "application/json": { schema: ErrorSchema, example: { error: example } } },
});
const rid = "7f3c2a9e-51d4-4e0b-9a55-0c3f4f2b8e11";

/** Answers any route may give, referenced from each operation that can give them. */
export const COMMON_RESPONSES = {
  Unauthorized: {
    ...error("No valid session or token. `WWW-Authenticate` says which, per RFC 6750.", {
      code: "unauthorized",
      message: "The API token is unknown, revoked or malformed",
      requestId: rid,
    }),
    headers: {
      "WWW-Authenticate": {
        description: 'e.g. `Bearer realm="creator-match", error="invalid_token"`',
        schema: { type: "string" as const },
      },
    },
  },
  Forbidden: error(
    "The caller's role may not use this route, the token lacks the scope it needs " +
      '(`WWW-Authenticate: Bearer error="insufficient_scope"`), a cookie write came from another site, ' +
      "or a step of the workflow is the other side's to take (a brand accepting its own proposal; 409 is a step the workflow does not have from here).",
    { code: "forbidden", message: 'This API token lacks the "write" scope', requestId: rid },
  ),
  NotFound: error(
    "An id in the path or the body is not there, or not the caller's brand's (never 403: ids cannot be probed).",
    {
      code: "not_found",
      message: "Campaign not found",
      requestId: rid,
    },
  ),
  ValidationFailed: error("Invalid params, query or body, with a message per field.", {
    code: "validation_failed",
    message: "Some fields are invalid",
    fields: { title: ["At least 3 characters"] },
    requestId: rid,
  }),
  BadRequest: error("The body is not JSON (or is empty).", {
    code: "invalid_json",
    message: "Unexpected token } in JSON at position 7",
    fields: { "(body)": ["Unexpected token } in JSON at position 7"] },
    requestId: rid,
  }),
  Conflict: error(
    "The request is well-formed but the resource's state does not allow it now (a stale `version`, a step the workflow does not have from here, a duplicate); the message says which.",
    {
      code: "conflict",
      message: "This creator already has a match for this campaign (CONTACTED)",
      requestId: rid,
    },
  ),
  PayloadTooLarge: error(
    "The body is above the route's limit (1 MB unless the route says otherwise).",
    {
      code: "payload_too_large",
      message: "Request body is larger than 1 MiB",
      fields: { "(body)": ["at most 1048576 bytes"] },
      requestId: rid,
    },
  ),
  UnsupportedMediaType: error("A body that is not `application/json`.", {
    code: "unsupported_media_type",
    message: "Send the body as application/json (got text/plain)",
    requestId: rid,
  }),
  Unavailable: {
    ...error(
      "Busy, or past the request's deadline: nothing was held, retry after the header's seconds.",
      {
        code: "unavailable",
        message: "Ranking is busy right now; try again in a few seconds",
        requestId: rid,
      },
    ),
    headers: {
      "Retry-After": {
        description: "seconds to wait before the next request",
        schema: { type: "integer" as const, minimum: 1 },
      },
    },
  },
  RateLimited: {
    ...error("Over the caller's budget (per token, per user or per address).", {
      code: "rate_limited",
      message: "Too many requests; retry in 12 s",
      requestId: rid,
    }),
    headers: {
      "Retry-After": {
        description: "seconds to wait before the next request",
        schema: { type: "integer" as const, minimum: 1 },
      },
    },
  },
} as const;

export const SECURITY_SCHEMES = {
  bearer: {
    type: "http" as const,
    scheme: "bearer",
    bearerFormat: "cm_live_<12 characters>_<43 characters>",
    description:
      "An API token of a brand, created by its managers on /dashboard/api-tokens. Its scopes " +
      "(`read`, `write`) are listed per operation. It acts as its brand: it sees what the " +
      "brand's managers see.",
  },
  cookie: {
    type: "apiKey" as const,
    in: "cookie" as const,
    name: "next-auth.session-token",
    description:
      "The session of a signed-in person (`__Secure-next-auth.session-token` over https). " +
      "Writes must come from the app's own pages (same origin).",
  },
};
