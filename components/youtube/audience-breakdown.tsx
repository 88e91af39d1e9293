// A channel's audience by age, gender and country, each as a bar chart with its source.
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceBadge } from "@/components/dashboard/status-badge";
import type { AudienceBreakdownView } from "@/lib/creators/get-creator-audience";

const GENDER_LABEL: Record<string, string> = { female: "Female", male: "Male" };

export function AudienceBreakdown({ audience }: { audience: AudienceBreakdownView }) {
  if (!audience) {
    return (
      <Card title="Audience">
        <EmptyState title="No audience data yet">
          YouTube Analytics has no viewer figures for this channel yet (new channels get them after
          their first views). Brands see your audience as estimated until then.
        </EmptyState>
      </Card>
    );
  }
  const charts = [
    {
      title: "Age",
      data: audience.age.map((a) => ({ x: a.bucket, y: a.share })),
    },
    {
      title: "Gender",
      data: audience.gender.map((g) => ({ x: GENDER_LABEL[g.bucket] ?? g.bucket, y: g.share })),
    },
    {
      title: "Top countries",
      data: audience.country.map((c) => ({ x: c.bucket, y: c.share })),
    },
  ];
  return (
    <Card
      title="Audience breakdown"
      description={`Share of viewers of ${audience.channelTitle} over the last 90 days (YouTube Analytics, viewer percentage)`}
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
              title={`Audience by ${c.title.toLowerCase()}`}
              data={c.data}
              series={[{ key: "y", label: "Share of viewers" }]}
              valueFormat="percent"
              height={Math.max(120, c.data.length * 28 + 24)}
            />
          </figure>
        ))}
      </div>
    </Card>
  );
}
