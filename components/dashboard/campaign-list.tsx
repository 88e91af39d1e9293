// A brand's campaigns with status, budget, dates and how far their matches got.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { formatDate, formatInteger, formatMoney } from "@/lib/reporting/format";
import type { CampaignRow } from "@/lib/reporting/list-brand-campaigns";
import { CampaignStatusControl, type SetCampaignStatus } from "./campaign-status-control";
import { CampaignStatusBadge, titleCase } from "./status-badge";

export function CampaignList({
  rows,
  showBrand,
  setStatus,
}: {
  rows: CampaignRow[];
  showBrand: boolean;
  /** Server action; when given, each row offers its next statuses. */
  setStatus?: SetCampaignStatus;
}) {
  if (rows.length === 0) {
    return (
      <EmptyState title="No campaigns yet">
        Campaigns you create appear here with their matches.
      </EmptyState>
    );
  }
  return (
    <Table caption="Campaigns, newest first">
      <THead>
        <TH>Campaign</TH>
        <TH>Status</TH>
        <TH align="right">Budget</TH>
        <TH>Dates</TH>
        <TH align="right">Matches</TH>
      </THead>
      <TBody>
        {rows.map((c) => (
          <TR key={c.id}>
            <TD label="Campaign" primary>
              <Link
                href={`/dashboard/campaigns/${c.id}`}
                className="block font-medium text-slate-900 underline-offset-2 hover:underline"
              >
                {c.title}
              </Link>
              <span className="block text-xs text-slate-500">
                {titleCase(c.type)}
                {showBrand ? ` · ${c.brandName}` : ""}
              </span>
            </TD>
            <TD label="Status">
              <CampaignStatusBadge status={c.status} />
              {setStatus ? (
                <CampaignStatusControl
                  campaignId={c.id}
                  campaignTitle={c.title}
                  status={c.status}
                  setStatus={setStatus}
                />
              ) : null}
            </TD>
            <TD label="Budget" align="right">
              {formatMoney(c.budget, c.currency)}
            </TD>
            <TD label="Dates">
              <span className="whitespace-nowrap">
                {c.startsAt || c.endsAt
                  ? `${formatDate(c.startsAt)} – ${formatDate(c.endsAt)}`
                  : "Not scheduled"}
              </span>
            </TD>
            <TD label="Matches" align="right">
              <span
                className="whitespace-nowrap"
                title="Open: pending to negotiating · won: accepted or completed · done: completed"
              >
                {formatInteger(c.matches.total)}
                <span className="text-xs text-slate-500">
                  {" "}
                  ({formatInteger(c.matches.open)} open · {formatInteger(c.matches.won)} won ·{" "}
                  {formatInteger(c.matches.completed)} done)
                </span>
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
