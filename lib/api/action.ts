// The one wrapper for server actions: who is asking, which role, zod-validated input,
// and a typed result instead of a thrown error, so forms can show field messages.
import type { z } from "zod";
import type { Role } from "../db/generated/enums.ts";
import { getCurrentUser } from "../auth/current-user.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { forbidden, unauthorized, type ErrorCode, type FieldErrors } from "../errors.ts";
import { log } from "../log.ts";
import { toAppError } from "./map-error.ts";
import { fieldErrors } from "./zod-errors.ts";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; fields?: FieldErrors } };

export function defineAction<S extends z.ZodType, T>(
  config: {
    input: S;
    roles?: readonly Role[];
    /** Who is asking; the session cookie by default (tests pass a loaded user). */
    currentUser?: () => Promise<SessionUser | null>;
  },
  fn: (input: z.infer<S>, ctx: { user: SessionUser }) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await (config.currentUser ?? getCurrentUser)();
      if (!user) throw unauthorized();
      if (config.roles && !config.roles.includes(user.role)) throw forbidden();
      const parsed = config.input.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: "validation_failed",
            message: "Some fields are invalid",
            fields: fieldErrors(parsed.error),
          },
        };
      }
      return { ok: true, data: await fn(parsed.data, { user }) };
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) log.error({ err: error }, "unhandled error in server action");
      return {
        ok: false,
        error: { code: appError.code, message: appError.message, fields: appError.fields },
      };
    }
  };
}
