// The review rule for agreements: a fee above the review threshold is agreed only on a
// match an admin approved in review. Otherwise a small proposal sent straight to the
// creator could be countered up past the threshold and accepted with no review. Once
// approved, the two sides negotiate the fee freely: the admin approved the deal, not a
// number. The transition enforces it; a match's `allowed` leaves out the acceptance it
// would refuse, so no page offers a button that can only answer 409.
import type { ReviewStatus } from "../db/generated/enums.ts";

export function feeNeedsReview(
  reviewStatus: ReviewStatus,
  amount: number,
  threshold: number,
): boolean {
  return amount > threshold && reviewStatus !== "APPROVED";
}
