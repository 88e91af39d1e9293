// Settlements as a table (a card per row on phones): what the brand pays, the platform
// fee and the creator's payout, with the status. Admins get the approve / pay buttons.
import type { ReactNode } from "react";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/reporting/format";
import { formatMoney } from "@/lib/money";
import type { SettlementView } from "@/lib/settlement/list-settlements";
import { formatBp } from "./rules";
import { SettlementBadge } from "./settlement-status";

export function SettlementTable({
  settlements,
  caption,
  show,
  action,
}: {
  settlements: SettlementView[];
  caption: string;
  show: { brand?: boolean; creator?: boolean };
  action?: (s: SettlementView) => ReactNode;
}) {
  const money = (s: SettlementView, v: string) => formatMoney(BigInt(v), s.currency);
  return (
    <Table caption={caption}>
      <THead>
        <TH>Campaign</TH>
        {show.brand ? <TH>Brand</TH> : null}
        {show.creator ? <TH>Creator</TH> : null}
        <TH align="right">Fee</TH>
        <TH align="right">Commission</TH>
        <TH align="right">Gross</TH>
        <TH align="right">Platform fee</TH>
        <TH align="right">Payout</TH>
        <TH>Status</TH>
        {action ? <TH>Action</TH> : null}
      </THead>
      <TBody>
        {settlements.map((s) => (
          <TR key={s.id}>
            <TD label="Campaign" primary>
              <span className="font-medium text-slate-900">{s.campaignTitle}</span>
              <span className="block text-xs text-slate-500">
                completed {formatDate(s.createdAt)}
              </span>
            </TD>
            {show.brand ? <TD label="Brand">{s.brandName}</TD> : null}
            {show.creator ? <TD label="Creator">{s.creatorName}</TD> : null}
            <TD label="Fee" align="right">
              {money(s, s.fixedFee)}
            </TD>
            <TD label="Commission" align="right">
              {money(s, s.commission)}
              {s.commissionRateBp > 0 ? (
                <span className="block text-xs text-slate-500">
                  {formatBp(s.commissionRateBp)} of {money(s, s.attributedRevenue)}
                </span>
              ) : null}
            </TD>
            <TD label="Gross" align="right">
              {money(s, s.gross)}
            </TD>
            <TD label="Platform fee" align="right">
              {money(s, s.platformFee)}
            </TD>
            <TD label="Payout" align="right">
              <strong>{money(s, s.creatorPayout)}</strong>
            </TD>
            <TD label="Status">
              <SettlementBadge status={s.status} />
            </TD>
            {action ? <TD label="Action">{action(s)}</TD> : null}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
