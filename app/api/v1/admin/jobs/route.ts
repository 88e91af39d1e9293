import { JobsSchema } from "@/lib/admin/schemas";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { getJobStatus } from "@/lib/jobs/job-status";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// GET /api/v1/admin/jobs – scheduled and queued jobs: last run, next run, failures
export const GET = apiRoute(
  {
    roles: ["ADMIN"],
    docs: {
      summary: "Job status",
      description: "Scheduled and queued jobs: last run, next run, failures in the last 24 hours.",
      response: { schema: JobsSchema },
    },
  },
  async () => ({ jobs: await getJobStatus(pool) }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
