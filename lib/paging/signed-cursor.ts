// Opaque page cursors: the position travels as base64url JSON with an HMAC over the
// payload and the scope it was issued for (who asked, with which filters). A cursor
// pasted onto another user's or another filter's list, or edited by hand, is refused
// instead of paging from a row the caller could name but not see.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { env } from "../env.ts";

function mac(payload: string, scope: string): Buffer {
  return createHmac("sha256", env().NEXTAUTH_SECRET)
    .update("cursor\u0000")
    .update(scope)
    .update("\u0000")
    .update(payload)
    .digest()
    .subarray(0, 16);
}

export function encodeSignedCursor(position: unknown, scope: string): string {
  const payload = Buffer.from(JSON.stringify(position)).toString("base64url");
  return `${payload}.${mac(payload, scope).toString("base64url")}`;
}

/** The position a cursor stands for; a 422 on `field` when it is malformed or foreign. */
export function decodeSignedCursor<S extends z.ZodType>(
  token: string,
  scope: string,
  schema: S,
  field = "query.cursor",
): z.infer<S> {
  const invalid = () =>
    new AppError("validation_failed", "Some fields are invalid", {
      [field]: ["Invalid cursor: start again from the first page"],
    });
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) throw invalid();
  const expected = mac(payload, scope);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid();
  return parsed.data;
}
