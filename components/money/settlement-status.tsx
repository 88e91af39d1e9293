import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SettlementStatus } from "@/lib/settlement/advance-settlement";

const TONE: Record<SettlementStatus, BadgeTone> = {
  PENDING: "amber",
  APPROVED: "blue",
  PAID: "green",
};

export async function SettlementBadge({ status }: { status: SettlementStatus }) {
  const t = await getTranslations("money.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
