// The one wrapper for server actions: rate limit, who is asking, which role,
// zod-validated input, and a typed result instead of a thrown error, so forms can show
// field messages. Whatever a client sends (a malformed argument, a second argument, a
// non-plain value), the answer is an { ok: false } result, never a 500.
import { headers } from "next/headers";
import type { z } from "zod";
import type { Role } from "../db/generated/enums.ts";
import { getCurrentUser } from "../auth/current-user.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError, forbidden, unauthorized, type ErrorCode, type FieldErrors } from "../errors.ts";
import { log } from "../log.ts";
import { clientAddress } from "./client-address.ts";
import { enforceRateLimit } from "./rate-limit.ts";
import { toAppError } from "./map-error.ts";
import { parseOrThrow } from "./zod-errors.ts";
import { localizeAppError } from "../i18n/localize-error.ts";
import type { Locale } from "../i18n/locales.ts";
import { readerLocale } from "../i18n/reader-locale.ts";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: ErrorCode; message: string; fields?: FieldErrors; retryAfter?: number };
    };

export function defineAction<S extends z.ZodType, T>(
  config: {
    input: S;
    roles?: readonly Role[];
    /** Who is asking; the session cookie by default (tests pass a loaded user). */
    currentUser?: () => Promise<SessionUser | null>;
  },
  fn: (input: z.infer<S>, ctx: { user: SessionUser }) => Promise<T>,
): (input: unknown, ...extra: unknown[]) => Promise<ActionResult<T>> {
  return async (input, ...extra) => {
    try {
      const user = await (config.currentUser ?? getCurrentUser)();
      // Spent before any refusal: a flood of anonymous or invalid calls is throttled too.
      await enforceRateLimit(await clientKey(user));
      if (!user) throw unauthorized();
      if (config.roles && !config.roles.includes(user.role)) throw forbidden();
      // An action takes one argument; a client sending more is not one of ours.
      if (extra.length > 0) throw new AppError("bad_request", "Unexpected extra arguments");
      return { ok: true, data: await fn(parseOrThrow(config.input, input), { user }) };
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) log.error({ err: error }, "unhandled error in server action");
      // Worded for the person at the form (lib/i18n/localize-error.ts).
      const { message, fields } = localizeAppError(appError, await actionLocale());
      return {
        ok: false,
        error: {
          code: appError.code,
          message,
          // A plain copy: React will not send the prototype-free map that zod-errors builds.
          ...(fields ? { fields: { ...fields } } : {}),
          ...(appError.retryAfter ? { retryAfter: appError.retryAfter } : {}),
        },
      };
    }
  };
}

async function actionLocale(): Promise<Locale | null> {
  try {
    return readerLocale(await headers());
  } catch {
    return null; // outside a request (tests, scripts): the original English
  }
}

async function clientKey(user: SessionUser | null): Promise<string> {
  if (user) return `user:${user.id}`;
  try {
    return `addr:${clientAddress(await headers())}`;
  } catch {
    // Called outside a request (tests, scripts): one shared anonymous budget.
    return "addr:unknown";
  }
}
