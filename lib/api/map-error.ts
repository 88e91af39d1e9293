// Maps whatever a handler threw to the one AppError the response is made from. Overload
// (a statement past its deadline, no pooled connection in time) is a 503 the client
// may retry, not a 500; anything else unexpected stays a logged, bare 500.
import { AppError } from "../errors.ts";

const OVERLOAD_MESSAGES = [
  "canceling statement due to statement timeout",
  "timeout exceeded when trying to connect",
  "Connection terminated due to connection timeout",
];

export function isOverload(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { code?: unknown; message?: unknown; cause?: unknown };
    // 57014 query_canceled (statement_timeout); Prisma's adapter keeps it as originalCode.
    // P2028: Prisma could not start or finish an interactive transaction in time.
    if (
      err.code === "57014" ||
      err.code === "P2028" ||
      (err as { originalCode?: unknown }).originalCode === "57014"
    ) {
      return true;
    }
    if (
      typeof err.message === "string" &&
      OVERLOAD_MESSAGES.some((m) => err.message === m || (err.message as string).includes(m))
    ) {
      return true;
    }
    e = err.cause;
  }
  return false;
}

/** The AppError to answer with, and whether it was unexpected (to be logged). */
export function toAppError(error: unknown): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  if (isOverload(error)) {
    return {
      appError: new AppError("unavailable", "The server is busy; try again shortly", undefined, 2),
      unexpected: false,
    };
  }
  return { appError: new AppError("internal", "Something went wrong"), unexpected: true };
}
