import { z } from "zod";
import { importUpload } from "@/lib/adstats/import-upload";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const Query = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w .()+-]+$/, "letters, digits, spaces and . ( ) + - _"),
});

// POST /api/v1/adstats/imports?name=<file name> – imports the request body (an Avazu
// CSV, plain or gzip) as it streams in; answers NDJSON progress, the last line the result.
// The body is read here, not by the wrapper (no `body` schema): when the wrapper gains
// a JSON-only rule for writes, this route opts out with one line in this config.
export const POST = apiRoute({ roles: ["ADMIN"], query: Query }, async ({ req, query }) => {
  if (!req.body) throw new AppError("bad_request", "Send the file as the request body");
  const stream = importUpload(pool, req.body, `upload:${query.name}`);
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
});
