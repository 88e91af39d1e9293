// GET /api/health/ready – readiness: 200 when the database answers and is fully
// migrated, the creator index is loaded, the ranking workers are warm and the server
// is not shutting down; 503 otherwise, with what is missing.
import { apiRoute } from "@/lib/api/route";
import { readiness } from "@/lib/server/readiness";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: false, rateLimit: false }, async () => {
  const report = await readiness();
  return Response.json(report, {
    status: report.status === "ready" ? 200 : 503,
    headers: report.status === "ready" ? undefined : { "retry-after": "2" },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
