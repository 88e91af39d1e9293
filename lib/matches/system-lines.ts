// Lines the platform itself writes into a match's thread and history, stored as a code
// and its parameters (the `system_line` columns) so every reader gets them in their own
// language (messages/<locale>/workflow.json `systemLine.<code>`). The English is kept in
// `body` / `note` as well: programs read it through the API, and rows written before the
// codes existed have only that.
import { formatMoney } from "../reporting/format.ts";

export type SystemLine =
  | { code: "proposed"; params: Record<string, never> }
  | { code: "proposedForReview"; params: Record<string, never> }
  | { code: "proposalSent"; params: Record<string, never> }
  | { code: "counterOffer"; params: { amount: number; currency: string; deliverables: string } }
  | { code: "agreementReached"; params: { amount: number; currency: string } }
  | { code: "markedComplete"; params: Record<string, never> }
  | { code: "rejectedInReview"; params: { note: string } }
  | { code: "expired"; params: Record<string, never> }
  | { code: "expiredInReview"; params: Record<string, never> }
  | { code: "creatorAnswered"; params: Record<string, never> }
  | { code: "noStepFor30Days"; params: Record<string, never> };

export type SystemLineCode = SystemLine["code"];

export const SYSTEM_LINE_CODES: readonly SystemLineCode[] = [
  "proposed",
  "proposedForReview",
  "proposalSent",
  "counterOffer",
  "agreementReached",
  "markedComplete",
  "rejectedInReview",
  "expired",
  "expiredInReview",
  "creatorAnswered",
  "noStepFor30Days",
];

export function englishLine(line: SystemLine): string {
  switch (line.code) {
    case "proposed":
      return "Proposed";
    case "proposedForReview":
      return "Proposed; waiting for admin review";
    case "proposalSent":
      return "Proposal sent";
    case "counterOffer":
      return `Counter-offer: ${formatMoney(line.params.amount, line.params.currency)} for ${line.params.deliverables}`;
    case "agreementReached":
      return `Agreement reached at ${formatMoney(line.params.amount, line.params.currency)}.`;
    case "markedComplete":
      return "Marked complete with the actual results.";
    case "rejectedInReview":
      return `Rejected in admin review: ${line.params.note}`;
    case "expired":
      return "This proposal expired after 30 days without a reply.";
    case "expiredInReview":
      return "This proposal expired after 30 days waiting for admin review; it never went to the creator.";
    case "creatorAnswered":
      return "Creator answered";
    case "noStepFor30Days":
      return "No step for 30 days";
  }
}
