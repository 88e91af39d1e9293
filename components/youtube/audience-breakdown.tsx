// A channel's audience by age, gender and country, each as a bar chart with its source.
import { useTranslations } from "next-intl";
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceBadge } from "@/components/dashboard/status-badge";
import type { AudienceBreakdownView } from "@/lib/creators/get-creator-audience";

export function AudienceBreakdown({ audience }: { audience: AudienceBreakdownView }) {
  const t = useTranslations("youtube.audience");
  if (!audience) {
    return (
      <Card title={t("title")}>
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      </Card>
    );
  }
  const charts = [
    {
      title: t("age"),
      chart: t("chartAge"),
      data: audience.age.map((a) => ({ x: a.bucket, y: a.share })),
    },
    {
      title: t("gender"),
      chart: t("chartGender"),
      data: audience.gender.map((g) => ({
        x: g.bucket === "female" || g.bucket === "male" ? t(g.bucket) : g.bucket,
        y: g.share,
      })),
    },
    {
      title: t("countries"),
      chart: t("chartCountries"),
      data: audience.country.map((c) => ({ x: c.bucket, y: c.share })),
    },
  ];
  return (
    <Card
      title={t("title")}
      description={t("description", { channel: audience.channelTitle })}
      action={<SourceBadge source={audience.source} fetchedAt={audience.fetchedAt} />}
    >
      <div className="grid gap-4 md:grid-cols-3">
        {charts.map((c) => (
          <figure key={c.title} className="min-w-0">
            <figcaption className="mb-1 text-sm font-medium text-slate-700">{c.title}</figcaption>
            <Chart
              kind="bar"
              orientation="rows"
              showValues
              title={c.chart}
              data={c.data}
              series={[{ key: "y", label: t("series") }]}
              valueFormat="percent"
              height={Math.max(120, c.data.length * 28 + 24)}
            />
          </figure>
        ))}
      </div>
    </Card>
  );
}
