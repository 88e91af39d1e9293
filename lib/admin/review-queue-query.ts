// Query parameters of GET /api/v1/admin/review-queue, shared by the route and tests.
import { z } from "zod";
import { queryInt } from "../api/query-params.ts";
import { decodeReviewCursor } from "./review-cursor.ts";

export const REVIEW_QUEUE_MAX_LIMIT = 100;

export const reviewQueueQuery = z.strictObject({
  limit: queryInt(1, REVIEW_QUEUE_MAX_LIMIT).default(20),
  cursor: z
    .string()
    .max(200)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return null;
      const cursor = decodeReviewCursor(value);
      if (!cursor) {
        ctx.addIssue({
          code: "custom",
          message: "Invalid cursor: pass nextCursor from a previous page",
        });
        return z.NEVER;
      }
      return cursor;
    }),
});

export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
