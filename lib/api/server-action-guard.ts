// Server actions are POSTs to a page URL with a Next-Action header; Next.js decodes
// their arguments (React's reply encoding) before any code of ours runs, and answers a
// foreign Origin, a body over its 1 MB limit, text that is not JSON, a reference to a
// part that was never sent ("$Q7", "$F1", "$h1"), a malformed BigInt or deep nesting
// with a 500. Our actions take plain JSON values, so the proxy lets through only
// that: a text/plain body that is a JSON array of plain values, and refuses the rest
// with the API's JSON error shape (403, 413, 415 or 400) before Next decodes it.
import { AppError } from "../errors.ts";
import { errorResponse } from "./error-response.ts";
import {
  assertDeclaredSize,
  comesFromElsewhere,
  crossOrigin,
  DEFAULT_MAX_BODY_BYTES,
  readBodyText,
} from "./request-guards.ts";

/** The same limit as Next's own serverActions.bodySizeLimit default. */
export const MAX_ACTION_BODY_BYTES = DEFAULT_MAX_BODY_BYTES;
const MAX_DEPTH = 32;
const MAX_NODES = 10_000;

// Strings React's encoder writes for plain values: an escaped "$..." string, undefined,
// dates and the special numbers. Anything else after a "$" points at another part of a
// multipart reply (or a server reference, a promise, a stream...), which plain-JSON
// actions never send.
const PLAIN_MARKER = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D)/;

/** A 4xx answer for a server-action request that must not reach Next's decoder, else null. */
export async function refuseBadServerAction(
  req: Request,
  appUrl: string,
  requestId: string,
): Promise<Response | null> {
  if (req.method !== "POST" || new URL(req.url).pathname.startsWith("/api/")) return null;
  try {
    // Any POST to a page may be a server action (with JS: Next-Action header; without:
    // a form with $ACTION_ID fields): all of them must come from our own pages.
    if (comesFromElsewhere(req.headers, appUrl)) throw crossOrigin();
    if (!req.headers.has("next-action")) return null;
    assertDeclaredSize(req, MAX_ACTION_BODY_BYTES);
    const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "text/plain") {
      throw new AppError("unsupported_media_type", "Server actions take JSON arguments");
    }
    const text = await readBodyText(req.clone(), MAX_ACTION_BODY_BYTES);
    assertPlainArguments(text);
    return null;
  } catch (error) {
    const appError =
      error instanceof AppError ? error : new AppError("bad_request", "Malformed action request");
    const res = errorResponse(appError, requestId);
    res.headers.set("cache-control", "no-store");
    return res;
  }
}

/** Throws 400 unless text is a JSON array of plain values within the depth and size bounds. */
export function assertPlainArguments(text: string): void {
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    throw malformed("The arguments are not JSON");
  }
  if (!Array.isArray(args)) throw malformed("The arguments are not a list");
  let nodes = 0;
  const visit = (value: unknown, depth: number): void => {
    if (++nodes > MAX_NODES) throw malformed("The arguments are too large");
    if (depth > MAX_DEPTH) throw malformed("The arguments are nested too deeply");
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_MARKER.test(value)) {
        throw malformed("The arguments refer to parts that were not sent");
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
    } else if (value !== null && typeof value === "object") {
      for (const v of Object.values(value)) visit(v, depth + 1);
    }
  };
  visit(args, 0);
}

function malformed(message: string): AppError {
  return new AppError("bad_request", message);
}
