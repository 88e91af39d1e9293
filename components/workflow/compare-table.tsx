// Two to four creators side by side: score, factors, forecast, fee and risks.
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { forecastRanges } from "@/lib/matches/forecast-ranges";
import { FACTOR_KEYS, useForecastWords } from "./use-forecast-words";
import type { RankedRow } from "./types";

export function CompareTable({ rows, onClose }: { rows: RankedRow[]; onClose: () => void }) {
  const t = useTranslations("workflow");
  const tf = useTranslations("forecast");
  const { range, factorLabel, confidence, risk, none } = useForecastWords();
  const { formatMoney } = useFormat();
  const lines: { label: string; cell: (r: RankedRow) => string }[] = [
    { label: t("fitScore"), cell: (r) => `${r.score.toFixed(0)}/100` },
    ...FACTOR_KEYS.map((k) => ({
      label: factorLabel(k),
      cell: (r: RankedRow) => String(Math.round(r.factors[k])),
    })),
    { label: tf("views"), cell: (r) => range(forecastRanges(r.forecast).views) },
    { label: tf("sales"), cell: (r) => range(forecastRanges(r.forecast).sales) },
    {
      // the creator's own rate card, as the panel's offer starts from it (the forecast's
      // cost per view also carries the campaign's handling cost)
      label: t("rateCard"),
      cell: (r) =>
        r.rate.status === "free"
          ? t("freeRate")
          : r.rate.amount === null
            ? t("noRateCard")
            : formatMoney(r.rate.amount, r.rate.currency),
    },
    { label: tf("confidence"), cell: (r) => confidence(r.confidence) },
    {
      label: t("risks"),
      cell: (r) => (r.risks.length ? r.risks.map((x) => risk(x.code)).join(", ") : none()),
    },
  ];
  return (
    <section
      aria-label={t("compareCreators")}
      className="mb-4 rounded-xl border border-blue-200 bg-white p-4"
    >
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-base font-semibold">{t("compare")}</h2>
        <button onClick={onClose} className="text-sm text-slate-500 hover:text-slate-900">
          {t("close")}
        </button>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm">
          <thead>
            <tr>
              <th className="py-1 pr-3 text-left text-xs text-slate-500" />
              {rows.map((r) => (
                <th key={r.id} scope="col" className="py-1 pr-3 text-left font-medium">
                  {r.creator.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.label} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left text-xs font-medium text-slate-500">
                  {l.label}
                </th>
                {rows.map((r) => (
                  <td key={r.id} className="py-1 pr-3 tabular-nums">
                    {l.cell(r).trim()}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
