// A creator's proposals: who, for what, in which state, for how much.
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { formatDate, formatMoney } from "@/lib/reporting/format";
import type { ProposalRow } from "@/lib/reporting/list-creator-proposals";
import { MatchStatusBadge, titleCase } from "./status-badge";

export function ProposalList({ rows }: { rows: ProposalRow[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState title="No proposals yet">
        When a brand contacts you about a campaign, the proposal shows up here with its offer.
      </EmptyState>
    );
  }
  return (
    <Table caption="Recent proposals">
      <THead>
        <TH>Campaign</TH>
        <TH>Status</TH>
        <TH align="right">Offer</TH>
        <TH align="right">Fit score</TH>
        <TH>Updated</TH>
      </THead>
      <TBody>
        {rows.map((p) => (
          <TR key={p.id}>
            <TD label="Campaign" primary>
              <span className="block font-medium text-slate-900">{p.campaignTitle}</span>
              <span className="block text-xs text-slate-500">
                {p.brandName} · {titleCase(p.campaignType)}
              </span>
            </TD>
            <TD label="Status">
              <MatchStatusBadge status={p.status} />
            </TD>
            <TD label="Offer" align="right">
              {p.agreedAmount !== null ? (
                <span title="Agreed amount">{formatMoney(p.agreedAmount, p.currency)} agreed</span>
              ) : (
                formatMoney(p.offerAmount, p.currency)
              )}
            </TD>
            <TD label="Fit score" align="right">
              <span title="Campaign fit, 0–100">{Math.round(p.score)}/100</span>
            </TD>
            <TD label="Updated">{formatDate(p.statusChangedAt)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
