import { AppError } from "../errors.ts";
import { STATUS_BY_CODE } from "./status.ts";

/** The one JSON error shape: { error: { code, message, fields?, requestId } }. */
export function errorResponse(error: AppError, requestId: string): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      requestId,
    },
  };
  const res = Response.json(body, { status: STATUS_BY_CODE[error.code] });
  if (error.retryAfter) res.headers.set("retry-after", String(error.retryAfter));
  res.headers.set("x-request-id", requestId);
  return res;
}
