"use client";
// The one recharts wrapper every chart in the app goes through: same colours, axes,
// number formats and sizing everywhere. Data arrive from the server ready to draw —
// `{ x, <series>… }[]`, time buckets already zero-filled — and formats are named, not
// passed as functions, so server components can render charts directly. A visually
// hidden table carries the same numbers for screen readers.
// The chart itself is drawn in the browser only. On the server recharts has no width to
// draw into: it rendered an empty box, after setting up its store and its children, at
// a few ms of the request thread per chart. The server now sends that same box (its
// height reserved, so nothing moves) and the table; /dashboard with two charts went
// from 22-24 to 17-20 ms of request-thread CPU (with i18n/request.ts's message cache).
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  dayFromKey,
  formatAxisDay,
  formatAxisMonth,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  shortenLabel,
  spansYears,
} from "@/lib/i18n/format";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";

export type ChartSeries = { key: string; label: string; color?: string };
export type ValueFormat = "integer" | "krw" | "percent";
/** "time": ISO instants of minute / 5-minute / hour buckets, drawn in Korea time. */
export type XFormat = "category" | "month" | "day" | "time";
export type ChartPoint = { x: string } & Record<string, string | number>;

const PALETTE = ["#2563eb", "#f59e0b", "#10b981", "#8b5cf6", "#ef4444", "#0ea5e9"];

const compact = (locale: Locale, currency?: string) =>
  new Intl.NumberFormat(INTL_TAG[locale], {
    notation: "compact",
    maximumFractionDigits: 1,
    ...(currency ? { style: "currency", currency } : {}),
  });

function formatValue(locale: Locale, v: number, format: ValueFormat): string {
  if (format === "krw") return formatMoney(locale, v);
  // small rates (a CTR of 0.04 %) need more digits to read as more than zero
  if (format === "percent") return formatPercent(locale, v, Math.abs(v) < 0.01 ? 2 : 1);
  return formatNumber(locale, v);
}

function formatTick(locale: Locale, v: number, format: ValueFormat): string {
  if (format === "krw") return compact(locale, "KRW").format(v);
  if (format === "percent") return formatPercent(locale, v, Math.abs(v) < 0.1 && v !== 0 ? 1 : 0);
  return compact(locale).format(v);
}

/**
 * Axis labels nobody can misread: "2025-03" -> "2025년 3월" / "Mar 2025"; "2025-03-07" ->
 * "3월 7일" / "7 Mar", with the year when the axis spans more than one.
 */
function formatX(locale: Locale, x: string, format: XFormat, withYear: boolean): string {
  if (format === "time") {
    const time = formatTime(locale, x);
    return withYear ? `${formatAxisDay(locale, x)} ${time}` : time;
  }
  if (format === "month") return formatAxisMonth(locale, dayFromKey(`${x}-15`));
  if (format === "day") return formatAxisDay(locale, dayFromKey(x), withYear);
  return x;
}

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page runs in the browser. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function Chart({
  kind,
  orientation = "columns",
  showValues = false,
  data,
  series,
  valueFormat = "integer",
  xFormat = "category",
  height = 240,
  title,
  showTitle = false,
  tooltipLabelKey,
}: {
  kind: "bar" | "line";
  /** Bar charts only: "rows" draws horizontal bars with the categories down the side, readable on a phone. */
  orientation?: "columns" | "rows";
  /** Bar charts only: print each bar's value at its end. */
  showValues?: boolean;
  data: ChartPoint[];
  series: ChartSeries[];
  valueFormat?: ValueFormat;
  xFormat?: XFormat;
  height?: number;
  /** Names the chart for assistive technology. */
  title: string;
  /** Also print the title above the chart: for charts side by side in one card. */
  showTitle?: boolean;
  /** A field of each point to show as the tooltip heading instead of x (e.g. a video title). */
  tooltipLabelKey?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("common.chart");
  const inBrowser = useInBrowser();
  const withYear = xFormat === "day" && spansYears(data.map((p) => dayFromKey(p.x)));
  const colored = series.map((s, i) => ({ ...s, color: s.color ?? PALETTE[i % PALETTE.length] }));
  const common = {
    data,
    responsive: true,
    style: { width: "100%", height },
    // room for the value printed at the end of the longest bar
    margin: {
      top: showValues ? 16 : 8,
      right: showValues && orientation === "rows" ? 44 : 8,
      bottom: 0,
      left: 0,
    },
    accessibilityLayer: true,
  } as const;

  const rows = kind === "bar" && orientation === "rows";
  const tickStyle = { fontSize: 11, fill: "#64748b" };
  const categoryAxisProps = {
    dataKey: "x",
    tickFormatter: (x: string) => formatX(locale, String(x), xFormat, withYear),
    tick: tickStyle,
    tickLine: false,
  } as const;
  const valueAxisProps = {
    tickFormatter: (v: number) => formatTick(locale, Number(v), valueFormat),
    tick: tickStyle,
    tickLine: false,
    allowDecimals: valueFormat !== "integer",
  } as const;

  const axes = [
    <CartesianGrid
      key="grid"
      strokeDasharray="3 3"
      vertical={rows}
      horizontal={!rows}
      stroke="#e2e8f0"
    />,
    rows ? (
      <YAxis
        key="y"
        type="category"
        {...categoryAxisProps}
        // A long name (a campaign's title) wrapped into the next bar's label: one line,
        // cut; the tooltip and the table below carry it whole.
        tickFormatter={(x: string) => shortenLabel(String(x), 16)}
        axisLine={{ stroke: "#cbd5e1" }}
        width={92}
        interval={0}
      />
    ) : (
      <XAxis
        key="x"
        {...categoryAxisProps}
        axisLine={{ stroke: "#cbd5e1" }}
        minTickGap={12}
        interval="preserveStartEnd"
      />
    ),
    rows ? (
      <XAxis key="x" type="number" {...valueAxisProps} axisLine={false} />
    ) : (
      <YAxis key="y" {...valueAxisProps} axisLine={false} width={56} />
    ),
    <Tooltip
      key="tooltip"
      formatter={(v) => formatValue(locale, Number(v), valueFormat)}
      labelFormatter={(label, payload) => {
        const point = payload?.[0]?.payload as ChartPoint | undefined;
        const heading = tooltipLabelKey && point ? point[tooltipLabelKey] : undefined;
        const x = formatX(locale, String(label), xFormat, true);
        return heading ? `${heading} (${x})` : x;
      }}
      contentStyle={{ fontSize: 12, borderRadius: 8, borderColor: "#e2e8f0" }}
    />,
    ...(colored.length > 1
      ? [
          <Legend
            key="legend"
            itemSorter={null}
            // Our own items: recharts labels its swatches "… legend icon" in English.
            content={({ payload }) => (
              <ul className="flex flex-wrap justify-center gap-3 text-xs text-slate-600">
                {payload?.map((p) => (
                  <li key={String(p.value)} className="flex items-center gap-1">
                    <span
                      aria-hidden="true"
                      className="inline-block h-2.5 w-2.5 rounded-sm"
                      style={{ background: p.color }}
                    />
                    {p.value}
                  </li>
                ))}
              </ul>
            )}
          />,
        ]
      : []),
  ];

  return (
    <figure aria-label={title} className="min-w-0">
      {showTitle ? (
        <p aria-hidden="true" className="mb-1 text-sm font-medium text-slate-700">
          {title}
        </p>
      ) : null}
      {!inBrowser ? (
        <div aria-hidden="true" style={common.style} />
      ) : kind === "bar" ? (
        <BarChart {...common} layout={rows ? "vertical" : "horizontal"}>
          {axes}
          {colored.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              radius={rows ? [0, 3, 3, 0] : [3, 3, 0, 0]}
              maxBarSize={rows ? 18 : 40}
              // Server-rendered figures should read at once; values print only after an animation.
              isAnimationActive={false}
            >
              {showValues ? (
                <LabelList
                  dataKey={s.key}
                  position={rows ? "right" : "top"}
                  formatter={(v: unknown) =>
                    valueFormat === "integer"
                      ? formatNumber(locale, Number(v))
                      : formatTick(locale, Number(v), valueFormat)
                  }
                  style={{ fontSize: 11, fill: "#334155" }}
                />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      ) : (
        <LineChart {...common}>
          {axes}
          {colored.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              type="monotone"
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
      {/* sr-only on a wrapper: a table's own width and height only act as minimums. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{xFormat === "category" ? t("category") : t("period")}</th>
              {colored.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((p, i) => (
              <tr key={`${p.x}-${i}`}>
                <th scope="row">
                  {tooltipLabelKey && p[tooltipLabelKey] ? `${p[tooltipLabelKey]} (${p.x})` : p.x}
                </th>
                {colored.map((s) => (
                  <td key={s.key}>{formatValue(locale, Number(p[s.key] ?? 0), valueFormat)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
