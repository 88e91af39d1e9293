// Server actions are POSTs to a page URL with a Next-Action header. Next.js checks their
// Origin itself, but answers a mismatch with a 500; this answers it (and a cross-site
// Sec-Fetch-Site) with the API's 403 before Next decodes anything.
import { AppError } from "../errors.ts";
import { errorResponse } from "./error-response.ts";
import { isOwnOrigin } from "./request-guards.ts";

export function refuseForeignServerAction(
  req: Request,
  appUrl: string,
  requestId: string,
): Response | null {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const foreign =
    site === "cross-site" ||
    site === "same-site" ||
    (origin !== null && !isOwnOrigin(origin, appUrl, req.headers));
  if (!foreign) return null;
  const res = errorResponse(
    new AppError("forbidden", "Requests from other sites are refused"),
    requestId,
  );
  res.headers.set("cache-control", "no-store");
  return res;
}
