import { apiRoute } from "@/lib/api/route";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { ReviewQueuePageSchema } from "@/lib/admin/schemas";
import { reviewQueueQuery } from "@/lib/admin/review-queue-query";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/review-queue – matches waiting for admin approval, oldest first, keyset-paginated
export const GET = apiRoute(
  {
    roles: ["ADMIN"],
    query: reviewQueueQuery,
    docs: {
      summary: "Review queue",
      description: "Matches waiting for admin approval, oldest first, each with why it waits.",
      response: { schema: ReviewQueuePageSchema },
    },
  },
  async ({ query }) => listReviewQueue({ limit: query.limit, cursor: query.cursor }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
