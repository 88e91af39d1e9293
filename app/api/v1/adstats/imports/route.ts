import { z } from "zod";
import { importUpload } from "@/lib/adstats/import-upload";
import { limitBodyStream } from "@/lib/api/request-guards";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const Query = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w .()+-]+$/, "letters, digits, spaces and . ( ) + - _"),
});

// POST /api/v1/adstats/imports?name=<file name> – imports the request body (an Avazu
// CSV, plain or gzip) as it streams in; answers NDJSON progress, the last line the result.
// The body is read here, not by the wrapper (no `body` schema): any content type, up to
// MAX_UPLOAD_BYTES, counted as it streams.
const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export const POST = apiRoute(
  { roles: ["ADMIN"], query: Query, contentType: "any", maxBodyBytes: MAX_UPLOAD_BYTES },
  async ({ req, query }) => {
    if (!req.body) throw new AppError("bad_request", "Send the file as the request body");
    const body = limitBodyStream(req.body, MAX_UPLOAD_BYTES);
    const stream = importUpload(pool, body, `upload:${query.name}`);
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "cache-control": "no-store",
      },
    });
  },
);
