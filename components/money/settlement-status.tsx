import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SettlementStatus } from "@/lib/settlement/advance-settlement";

const TONE: Record<SettlementStatus, BadgeTone> = {
  PENDING: "amber",
  APPROVED: "blue",
  PAID: "green",
};

export const SETTLEMENT_LABEL: Record<SettlementStatus, string> = {
  PENDING: "pending",
  APPROVED: "approved",
  PAID: "paid",
};

export function SettlementBadge({ status }: { status: SettlementStatus }) {
  return <Badge tone={TONE[status]}>{SETTLEMENT_LABEL[status]}</Badge>;
}
