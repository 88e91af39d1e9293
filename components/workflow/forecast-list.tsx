// A forecast as people read it: ranges of whole numbers, with the confidence.
import { useTranslations } from "next-intl";
import { useForecastWords } from "./use-forecast-words";
import type { Forecast } from "@/lib/matching/engine/types";

export function ForecastList({
  forecast,
  confidence,
}: {
  forecast: Forecast;
  confidence?: string;
}) {
  const { forecastLines, confidence: confidenceWord } = useForecastWords();
  const t = useTranslations("forecast");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {forecastLines(forecast).map((l) => (
        <div key={l.label} className="contents">
          <dt className="text-slate-500">{l.label}</dt>
          <dd className="text-slate-900">{l.value}</dd>
        </div>
      ))}
      {confidence ? (
        <div className="contents">
          <dt className="text-slate-500">{t("confidence")}</dt>
          <dd className="text-slate-900">{confidenceWord(confidence)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
