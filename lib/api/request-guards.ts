// Checks on a request before anything reads or parses it: where a write comes from,
// what kind of body it sends, and how big that body is.
import { AppError, forbidden } from "../errors.ts";

/** 1 MiB: far above any JSON document the API takes; a route may say otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/**
 * Refuses a write sent by a page of another origin: a sibling port or subdomain can
 * post a plain HTML form with the user's cookies (SameSite=Lax does not stop a
 * same-site form). Same origin means the app's public URL or the host the request was
 * sent to. Requests without an Origin (curl, scripts) pass; a browser always sends one
 * on a cross-origin POST, and Sec-Fetch-Site where it can. apiRoute applies this to
 * cookie callers only: a request with `Authorization: Bearer` is judged by its token
 * alone (lib/auth/request-user.ts says why that is safe).
 */
export function assertSameOrigin(req: Request, appUrl: string): void {
  if (isWrite(req.method) && comesFromElsewhere(req.headers, appUrl)) throw crossOrigin();
}

/** Sent by a page of another origin, as the browser tells (Sec-Fetch-Site, Origin). */
export function comesFromElsewhere(headers: Headers, appUrl: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = headers.get("origin");
  return origin !== null && !isOwnOrigin(origin, appUrl, headers);
}

export function isOwnOrigin(origin: string, appUrl: string, headers: Headers): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (url.origin === new URL(appUrl).origin) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return Boolean(host) && url.host === host;
}

export function crossOrigin(): AppError {
  return forbidden("Requests from other sites are refused");
}

/** Whether a request says it carries a body (headers only: nothing is read). */
export function declaresBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  return (length !== null && length.trim() !== "0") || req.headers.has("transfer-encoding");
}

/**
 * Writes carry JSON and nothing else: a form, text/plain or XML body is what a
 * cross-site page can send without a CORS preflight, so refusing it closes that door too.
 */
export function assertJsonBody(req: Request, bodyExpected: boolean): void {
  if (!isWrite(req.method) || (!bodyExpected && !declaresBody(req))) return;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return;
  throw new AppError(
    "unsupported_media_type",
    `Send the body as application/json${type ? ` (got ${type.slice(0, 100)})` : ""}`,
  );
}

/** Refuses, from the headers alone, a body declared larger than the route takes. */
export function assertDeclaredSize(req: Request, maxBytes: number): void {
  const length = req.headers.get("content-length");
  if (length === null) return;
  if (!/^\d{1,20}$/.test(length.trim())) {
    throw new AppError("bad_request", "Content-Length is not a number");
  }
  if (Number(length) > maxBytes) throw tooLarge(maxBytes);
}

/**
 * The body as UTF-8 text, counting bytes as they arrive: a chunked body without a
 * Content-Length (or one that lies) is cut off at the limit, not buffered whole.
 * `keepBom`: a leading byte-order mark stays in the text (TextDecoder drops it by
 * default), for a signature computed over the exact bytes sent.
 */
export async function readBodyText(
  req: Request,
  maxBytes: number,
  { keepBom = false }: { keepBom?: boolean } = {},
): Promise<string> {
  if (!req.body) return "";
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = limitBodyStream(req.body, maxBytes).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    total += r.value.byteLength;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    throw new AppError("invalid_json", "Request body is not UTF-8 text", {
      "(body)": ["Request body is not UTF-8 text"],
    });
  }
}

/**
 * Passes a body stream through, failing with 413 once it exceeds maxBytes; for routes
 * that stream large uploads themselves under their own limit.
 */
export function limitBodyStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(tooLarge(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `Request body is larger than ${formatBytes(maxBytes)}`, {
    "(body)": [`at most ${maxBytes} bytes`],
  });
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3} GiB`;
  if (n >= 1024 ** 2 && n % 1024 ** 2 === 0) return `${n / 1024 ** 2} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
