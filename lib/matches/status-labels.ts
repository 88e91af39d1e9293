// Words for statuses, for messages, e-mails and pages (one place, so they agree).
import type { MatchStatus } from "../db/generated/enums.ts";

export const STATUS_LABEL: Record<MatchStatus, string> = {
  PENDING: "pending",
  CONTACTED: "sent to the creator",
  RESPONDED: "answered",
  NEGOTIATING: "negotiating",
  ACCEPTED: "agreed",
  REJECTED: "declined",
  COMPLETED: "completed",
  EXPIRED: "expired",
};
