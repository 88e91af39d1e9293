// One error type for the whole app. Domain code throws it with a code that says what
// went wrong; lib/api maps the code to an HTTP status and one JSON shape.
import type { z } from "zod";
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "internal";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Seconds a rate-limited client should wait. */
  readonly retryAfter?: number;
  /** The zod issues behind `fields`, so that they can be worded in the reader's language. */
  zodIssues?: { key: string; issue: z.core.$ZodIssue }[];

  constructor(code: ErrorCode, message: string, fields?: FieldErrors, retryAfter?: number) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You do not have access to this resource") =>
  new AppError("forbidden", message);
export const unauthorized = (message = "Sign in to continue") =>
  new AppError("unauthorized", message);
export const conflict = (message: string) => new AppError("conflict", message);
