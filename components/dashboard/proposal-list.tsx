// A creator's proposals: who, for what, in which state, for how much.
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import Link from "next/link";
import type { ProposalRow } from "@/lib/reporting/list-creator-proposals";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { MatchStatusBadge } from "./status-badge";

export function ProposalList({ rows }: { rows: ProposalRow[] }) {
  const t = useTranslations("proposals");
  const tType = useTranslations("enums.campaignType");
  const { formatDate, formatMoney } = useFormat();
  if (rows.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>;
  }
  return (
    <Table caption={t("caption")}>
      <THead>
        <TH>{t("campaign")}</TH>
        <TH>{t("status")}</TH>
        <TH align="right">{t("offer")}</TH>
        <TH align="right">{t("fitScore")}</TH>
        <TH>{t("updated")}</TH>
      </THead>
      <TBody>
        {rows.map((p) => (
          <TR key={p.id}>
            <TD label={t("campaign")} primary>
              <Link
                href={`/matches/${p.id}`}
                className="block font-medium text-slate-900 underline-offset-2 hover:underline"
              >
                {p.campaignTitle}
              </Link>
              <span className="block text-xs text-slate-500">
                {p.brandName} · {tType(p.campaignType)}
              </span>
            </TD>
            <TD label={t("status")}>
              <MatchStatusBadge status={p.status} />
            </TD>
            <TD label={t("offer")} align="right">
              {p.agreedAmount !== null ? (
                <span title={t("agreedTitle")}>
                  {t("agreed", { amount: formatMoney(p.agreedAmount, p.currency) })}
                </span>
              ) : (
                formatMoney(p.offerAmount, p.currency)
              )}
            </TD>
            <TD label={t("fitScore")} align="right">
              <span title={t("fitTitle")}>{Math.round(p.score)}/100</span>
            </TD>
            <TD label={t("updated")}>{formatDate(p.statusChangedAt)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
