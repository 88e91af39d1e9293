"use client";
import type { ReactNode } from "react";
// One match for whoever may see it: the offer on the table, the actions of the
// signed-in side, what the engine saw at proposal time (in creator-friendly words for
// creators), the actual results, the history and the thread.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { factorsForCreator } from "@/lib/matches/forecast-words";
import { STATUS_LABEL } from "@/lib/matches/status-labels";
import type { Forecast } from "@/lib/matching/engine/types";
import { formatDateTime, formatInteger, formatMoney } from "@/lib/reporting/format";
import { FactorChart } from "./factor-chart";
import { ForecastList } from "./forecast-list";
import { useMatch } from "./hooks";
import { MatchActions } from "./match-actions";
import { MatchThread } from "./match-thread";
import type { MatchDetail } from "./types";

export function MatchView({
  initial,
  role,
  tracking,
}: {
  initial: MatchDetail;
  role: string;
  /** The tracking links panel (server-rendered), under the offer. */
  tracking?: ReactNode;
}) {
  const { data } = useMatch(initial.id, initial);
  const m = data ?? initial;
  const money = (n: number | null) => (n === null ? "—" : formatMoney(n, m.currency));
  const offer = m.offers.at(-1);
  const forecast =
    "views" in m.forecast && "estimatedSales" in m.forecast
      ? (m.forecast as unknown as Forecast)
      : null;

  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <div className="grid content-start gap-4">
        <Card
          title={
            <span>
              {m.campaign.title}{" "}
              <Badge tone="blue">{STATUS_LABEL[m.status as keyof typeof STATUS_LABEL]}</Badge>
            </span>
          }
          description={`${m.brand.name} → ${m.creator.name} · version ${m.version}`}
        >
          {m.review.status !== "NOT_REQUIRED" ? (
            <p className="mb-3 rounded-md bg-slate-50 p-3 text-sm" data-testid="review">
              Admin review: <strong>{m.review.status.toLowerCase()}</strong>
              {m.review.reason ? ` — ${m.review.reason}` : ""}
            </p>
          ) : null}
          {offer ? (
            <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">Offer on the table</dt>
              <dd>
                <strong>{money(offer.amount)}</strong> from the{" "}
                {offer.side === "BRAND" ? "brand" : "creator"}
              </dd>
              <dt className="text-slate-500">Deliverables</dt>
              <dd>{offer.deliverables}</dd>
              {offer.startsOn || offer.endsOn ? (
                <>
                  <dt className="text-slate-500">Dates</dt>
                  <dd>
                    {offer.startsOn ?? "?"} – {offer.endsOn ?? "?"}
                  </dd>
                </>
              ) : null}
              {m.agreedAmount !== null ? (
                <>
                  <dt className="text-slate-500">Agreed fee</dt>
                  <dd>{money(m.agreedAmount)}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          <MatchActions match={m} role={role} />
        </Card>
        {tracking}
        <Card title="Messages">
          <MatchThread matchId={m.id} currency={m.currency} />
        </Card>
      </div>
      <div className="grid content-start gap-4">
        <Card
          title={role === "CREATOR" ? "Why the brand picked you" : "Score at proposal"}
          description={`Fit score ${Math.round(m.score)}/100 · ${m.confidence.toLowerCase()} confidence`}
        >
          <FactorChart factors={m.factors} title="Factors at proposal" />
          {role === "CREATOR" ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {factorsForCreator(m.factors).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {m.reasons.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
          {forecast ? (
            <>
              <h3 className="mt-3 text-sm font-semibold">
                {role === "CREATOR" ? "What the brand expects" : "Forecast"}
              </h3>
              <ForecastList forecast={forecast} />
            </>
          ) : null}
        </Card>
        {m.actuals ? (
          <Card title="Actual results">
            <p className="text-sm">
              {formatInteger(m.actuals.views)} views · {formatInteger(m.actuals.clicks)} clicks ·{" "}
              {formatInteger(m.actuals.sales)} sales · {money(m.actuals.revenue)}
            </p>
          </Card>
        ) : null}
        <Card title="History">
          <ol className="grid gap-2 text-sm" aria-label="History">
            {m.history.map((h, i) => (
              <li key={i} className="border-l-2 border-slate-200 pl-3">
                <p className="font-medium">
                  {h.from ? `${STATUS_LABEL[h.from as keyof typeof STATUS_LABEL]} → ` : ""}
                  {STATUS_LABEL[h.to as keyof typeof STATUS_LABEL]}
                </p>
                <p className="text-xs text-slate-500">
                  {formatDateTime(h.at)} · {h.by ?? h.byRole?.toLowerCase() ?? "system"}
                  {h.note ? ` · ${h.note}` : ""}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}
