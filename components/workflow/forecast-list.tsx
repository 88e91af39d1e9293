// A forecast as people read it: ranges of whole numbers, with the confidence.
import { forecastLines } from "@/lib/matches/forecast-words";
import type { Forecast } from "@/lib/matching/engine/types";

export function ForecastList({
  forecast,
  confidence,
}: {
  forecast: Forecast;
  confidence?: string;
}) {
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
          <dt className="text-slate-500">Confidence</dt>
          <dd className="text-slate-900">{confidence.toLowerCase()}</dd>
        </div>
      ) : null}
    </dl>
  );
}
