// CTR by one dimension: horizontal bars (readable on a phone), impressions in the
// tooltip heading.
import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import type { ReportRow } from "@/lib/adstats/schemas";
import { getFormat } from "@/lib/i18n/get-format";

/** `valueKey` names a coded dimension's value ("type 1", "position 0"); categories show as they are. */
export async function CtrBreakdown({
  title,
  rows,
  valueKey,
}: {
  title: string;
  rows: ReportRow[];
  valueKey?: "deviceTypeValue" | "bannerPosValue" | "connTypeValue";
}) {
  const t = await getTranslations("adStats");
  const { formatInteger } = await getFormat();
  return (
    <Card title={title} description={t("breakdownDescription")}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noImpressions")}</p>
      ) : (
        <Chart
          kind="bar"
          orientation="rows"
          showValues
          valueFormat="percent"
          title={title}
          data={rows.map((r) => ({
            x: valueKey ? t(valueKey, { value: r.key }) : r.key,
            y: r.ctr,
            label: t("impressionsCount", { count: formatInteger(r.impressions) }),
          }))}
          series={[{ key: "y", label: t("ctr") }]}
          tooltipLabelKey="label"
          height={Math.max(120, rows.length * 28 + 40)}
        />
      )}
    </Card>
  );
}
