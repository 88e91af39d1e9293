import { apiRoute } from "@/lib/api/route";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { reviewQueueQuery } from "@/lib/admin/review-queue-query";

// GET /api/v1/admin/review-queue – matches waiting for admin approval, oldest first, keyset-paginated
export const GET = apiRoute({ roles: ["ADMIN"], query: reviewQueueQuery }, async ({ query }) =>
  listReviewQueue({ limit: query.limit, cursor: query.cursor }),
);
