// Monthly statements: per creator and month, what was earned, the platform's share,
// the payout, and how much of it is paid.
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatMoney } from "@/lib/money";
import type { MonthlyStatement } from "@/lib/settlement/monthly-statements";

export function StatementTable({
  statements,
  showCreator = false,
}: {
  statements: MonthlyStatement[];
  showCreator?: boolean;
}) {
  if (!statements.length) return <p className="text-sm text-slate-600">No statement yet.</p>;
  const money = (s: MonthlyStatement, v: string) => formatMoney(BigInt(v), s.currency);
  return (
    <Table caption="Monthly statements">
      <THead>
        <TH>Month</TH>
        {showCreator ? <TH>Creator</TH> : null}
        <TH align="right">Matches</TH>
        <TH align="right">Gross</TH>
        <TH align="right">Platform fee</TH>
        <TH align="right">Payout</TH>
        <TH align="right">Paid</TH>
        <TH align="right">Outstanding</TH>
      </THead>
      <TBody>
        {statements.map((s) => (
          <TR key={`${s.creatorId}-${s.month}-${s.currency}`}>
            <TD label="Month" primary>
              <span className="font-medium">{s.month}</span>
            </TD>
            {showCreator ? <TD label="Creator">{s.creatorName}</TD> : null}
            <TD label="Matches" align="right">
              {s.settlements}
            </TD>
            <TD label="Gross" align="right">
              {money(s, s.gross)}
            </TD>
            <TD label="Platform fee" align="right">
              {money(s, s.platformFee)}
            </TD>
            <TD label="Payout" align="right">
              {money(s, s.creatorPayout)}
            </TD>
            <TD label="Paid" align="right">
              {money(s, s.paid)}
            </TD>
            <TD label="Outstanding" align="right">
              {money(s, s.outstanding)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
