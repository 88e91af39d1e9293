// Why a match waits for an admin before the creator is contacted (product flow 4):
// the offer is above the budget threshold, the engine is not confident, the creator
// has no track record on the platform yet, an admin rejected an earlier proposal of
// the pair, or the engine saw a serious risk (the last two read from the review
// lines). Derived from the match itself so the queue explains every entry, including
// ones flagged before a rule changed.
import { formatMoney } from "../reporting/format.ts";

export type ReviewReasonCode =
  | "ABOVE_BUDGET_THRESHOLD"
  | "LOW_CONFIDENCE"
  | "NEW_CREATOR"
  | "REJECTED_BEFORE"
  | "SERIOUS_RISK"
  | "FLAGGED";

/** The English label of REJECTED_BEFORE (its own rule: lib/matches/propose-match.ts). */
export const REJECTED_BEFORE_LABEL =
  "An admin rejected an earlier proposal to this creator for this campaign";

export type ReviewReason = { code: ReviewReasonCode; label: string };

/** The English label of a SERIOUS_RISK reason: the risk's code, which the UI renders. */
export const seriousRiskLabel = (risk: string) => `Serious risk: ${risk}`;

export function reviewReasons(
  match: {
    amount: number | null;
    currency: string;
    confidence: string;
    creatorCompletedMatches: number;
    note: string | null;
    /** an admin rejected an earlier proposal of the pair (stored as a review line) */
    rejectedBefore?: boolean;
    /** the engine's serious risks that held it (review lines SERIOUS_RISK): their codes */
    seriousRisks?: string[];
  },
  threshold: number,
): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (match.rejectedBefore) reasons.push({ code: "REJECTED_BEFORE", label: REJECTED_BEFORE_LABEL });
  if (match.amount !== null && match.amount > threshold) {
    reasons.push({
      code: "ABOVE_BUDGET_THRESHOLD",
      label: `Offer ${formatMoney(match.amount, match.currency)} is above the ${formatMoney(threshold, match.currency)} review threshold`,
    });
  }
  if (match.confidence === "LOW") {
    reasons.push({ code: "LOW_CONFIDENCE", label: "Low-confidence match" });
  }
  if (match.creatorCompletedMatches === 0) {
    reasons.push({
      code: "NEW_CREATOR",
      label: "New creator: no completed campaign on the platform yet",
    });
  }
  for (const risk of match.seriousRisks ?? [])
    reasons.push({ code: "SERIOUS_RISK", label: seriousRiskLabel(risk) });
  // A match flagged by hand (or by a rule the three above do not cover) keeps its note.
  if (reasons.length === 0) {
    reasons.push({ code: "FLAGGED", label: match.note?.trim() || "Flagged for review" });
  }
  return reasons;
}
