// Top sites or apps by impressions, with their CTR.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ReportRow } from "@/lib/adstats/schemas";
import { getFormat } from "@/lib/i18n/get-format";

export async function TopTable({
  title,
  rows,
  idLabel,
}: {
  title: string;
  rows: ReportRow[];
  idLabel: string;
}) {
  const t = await getTranslations("adStats");
  const { formatInteger, formatPercent } = await getFormat();
  return (
    <Card title={title} description={t("topDescription")}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noImpressions")}</p>
      ) : (
        <Table caption={title}>
          <THead>
            <TH>{idLabel}</TH>
            <TH align="right">{t("impressions")}</TH>
            <TH align="right">{t("clicks")}</TH>
            <TH align="right">{t("ctr")}</TH>
          </THead>
          <TBody>
            {rows.map((r) => (
              <TR key={r.key}>
                <TD label={idLabel} primary>
                  <code className="text-slate-800">{r.key}</code>
                </TD>
                <TD label={t("impressions")} align="right">
                  {formatInteger(r.impressions)}
                </TD>
                <TD label={t("clicks")} align="right">
                  {formatInteger(r.clicks)}
                </TD>
                <TD label={t("ctr")} align="right">
                  {formatPercent(r.ctr, 2)}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
