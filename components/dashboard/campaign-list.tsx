// A brand's campaigns with status, budget, dates and how far their matches got.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { useFormat } from "@/lib/i18n/use-format";
import type { CampaignRow } from "@/lib/reporting/list-brand-campaigns";
import { CampaignStatusControl, type SetCampaignStatus } from "./campaign-status-control";
import { CampaignStatusBadge } from "./status-badge";

export function CampaignList({
  rows,
  showBrand,
  setStatus,
  filtered = false,
}: {
  rows: CampaignRow[];
  showBrand: boolean;
  /** Server action; when given, each row offers its next statuses. */
  setStatus?: SetCampaignStatus;
  /** A status or search narrowed the list: an empty one says so, not "no campaigns yet". */
  filtered?: boolean;
}) {
  const t = useTranslations("campaignList");
  const tType = useTranslations("enums.campaignType");
  const { formatDate, formatInteger, formatMoney } = useFormat();
  if (rows.length === 0) {
    return filtered ? (
      <EmptyState title={t("noMatchTitle")}>{t("noMatchText")}</EmptyState>
    ) : (
      <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
    );
  }
  return (
    <Table caption={t("caption")}>
      <THead>
        <TH>{t("campaign")}</TH>
        <TH>{t("status")}</TH>
        <TH align="right">{t("budget")}</TH>
        <TH>{t("dates")}</TH>
        <TH align="right">{t("matches")}</TH>
      </THead>
      <TBody>
        {rows.map((c) => (
          <TR key={c.id}>
            <TD label={t("campaign")} primary>
              <Link
                href={`/dashboard/campaigns/${c.id}`}
                className="block font-medium text-slate-900 underline-offset-2 hover:underline"
              >
                {c.title}
              </Link>
              <span className="block text-xs text-slate-500">
                {tType(c.type)}
                {showBrand ? ` · ${c.brandName}` : ""}
              </span>
            </TD>
            <TD label={t("status")}>
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
            <TD label={t("budget")} align="right">
              {formatMoney(c.budget, c.currency)}
            </TD>
            <TD label={t("dates")}>
              <span className="whitespace-nowrap">
                {c.startsAt || c.endsAt
                  ? `${formatDate(c.startsAt)} – ${formatDate(c.endsAt)}`
                  : t("notScheduled")}
              </span>
            </TD>
            <TD label={t("matches")} align="right">
              <span className="whitespace-nowrap" title={t("matchesTitle")}>
                {formatInteger(c.matches.total)}
                <span className="text-xs text-slate-500">
                  {" "}
                  {t("matchesDetail", {
                    open: formatInteger(c.matches.open),
                    won: formatInteger(c.matches.won),
                    completed: formatInteger(c.matches.completed),
                  })}
                </span>
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
