import { importUpload } from "@/lib/adstats/ingest/import-upload";
import { AdImportQuerySchema } from "@/lib/adstats/schemas";
import { limitBodyStream } from "@/lib/api/request-guards";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { otherMethods } from "@/lib/api/method-not-allowed";

// POST /api/v1/adstats/imports?name=<file name> – imports the request body (an Avazu
// CSV, plain or gzip) as it streams in; answers NDJSON progress, the last line the result.
// The body is read here, not by the wrapper (no `body` schema): any content type, up to
// MAX_UPLOAD_BYTES, counted as it streams.
const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export const POST = apiRoute(
  {
    roles: ["ADMIN"],
    query: AdImportQuerySchema,
    contentType: "any",
    maxBodyBytes: MAX_UPLOAD_BYTES,
    docs: {
      summary: "Import an Avazu ad log",
      description:
        "The request body is the file (CSV, plain or gzip, up to 2 GiB), imported as it streams in.",
      response: {
        description: "NDJSON progress lines; the last one is the import's result.",
        contentType: "application/x-ndjson",
      },
      examples: { query: { name: "train-2026-12-01.csv.gz" } },
    },
  },
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

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
