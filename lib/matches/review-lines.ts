// Why a proposal waits for admin review, as codes and parameters (matches.review_lines),
// so brand and admin read it in their own language; review_reason keeps the English.
import type { ReviewReason } from "../admin/review-reasons.ts";
import type { FactParams } from "../matching/engine/facts.ts";
import type { Risk } from "../matching/engine/types.ts";

export type ReviewLine =
  | {
      code: "ABOVE_BUDGET_THRESHOLD";
      params: { amount: number; threshold: number; currency: string };
    }
  // REJECTED_BEFORE: an admin rejected an earlier proposal of the same creator for the
  // same campaign (a new offer does not get around the review)
  | { code: "LOW_CONFIDENCE" | "NEW_CREATOR" | "REJECTED_BEFORE"; params: Record<string, never> }
  // a high-severity risk of the engine: its code and the params its sentence needs
  | { code: "SERIOUS_RISK"; params: { risk: string; riskParams: FactParams } };

export function reviewLines(
  rules: ReviewReason[],
  serious: Risk[],
  offer: { amount: number; threshold: number; currency: string },
): ReviewLine[] {
  const lines: ReviewLine[] = [];
  for (const r of rules) {
    if (r.code === "ABOVE_BUDGET_THRESHOLD") lines.push({ code: r.code, params: offer });
    else if (
      r.code === "LOW_CONFIDENCE" ||
      r.code === "NEW_CREATOR" ||
      r.code === "REJECTED_BEFORE"
    )
      lines.push({ code: r.code, params: {} });
  }
  for (const k of serious)
    lines.push({ code: "SERIOUS_RISK", params: { risk: k.code, riskParams: k.params } });
  return lines;
}
