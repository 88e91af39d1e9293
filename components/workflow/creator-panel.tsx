"use client";
// The detail of one ranked creator: the four factors as a chart with their sentences,
// the forecast as ranges, the risks with their numbers, and the proposal form (or the
// existing match, when there is one).
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCompact } from "@/lib/reporting/format";
import { CreatorProvenance } from "./creator-provenance";
import { FactorChart } from "./factor-chart";
import { ApiError } from "./fetch-json";
import { ForecastList } from "./forecast-list";
import { usePropose } from "./hooks";
import { OfferForm } from "./offer-form";
import type { RankedRow } from "./types";

export function CreatorPanel({
  campaignId,
  row,
  onClose,
}: {
  campaignId: string;
  row: RankedRow;
  onClose: () => void;
}) {
  const propose = usePropose();
  const [done, setDone] = useState<{ id: string; review: string[] } | null>(null);
  const error = propose.error instanceof ApiError ? propose.error : null;
  const suggestedFee =
    row.forecast.costPerView !== null
      ? Math.round((row.forecast.costPerView * row.forecast.views.expected) / 10_000) * 10_000
      : undefined;
  const match = row.match ?? (done ? { id: done.id, status: "proposed" } : null);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={`${row.creator.name}: score breakdown`}
      className="fixed inset-0 z-30 flex justify-end bg-slate-900/30"
      onClick={onClose}
    >
      <div
        className="h-full w-full max-w-md overflow-y-auto bg-white p-4 shadow-xl sm:p-5"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="flex items-start justify-between gap-2">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">{row.creator.name}</h2>
            <p className="text-sm text-slate-500">
              {row.creator.channelTitle ?? "No channel title"} · {row.creator.tier}
              {row.creator.subscribers !== null
                ? ` · ${formatCompact(row.creator.subscribers)} subscribers`
                : " · subscribers hidden"}
            </p>
          </div>
          <button onClick={onClose} className="text-sm text-slate-500 hover:text-slate-900">
            Close
          </button>
        </div>
        <p className="mt-3 text-sm">
          Fit score <strong className="text-2xl">{row.score.toFixed(0)}</strong>/100 ·{" "}
          <Badge
            tone={row.confidence === "high" ? "green" : row.confidence === "low" ? "red" : "blue"}
          >
            {row.confidence} confidence
          </Badge>
        </p>
        <h3 className="mt-4 text-sm font-semibold text-slate-900">Why this score</h3>
        <FactorChart factors={row.factors} title={`Factors of ${row.creator.name}`} />
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {row.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <h3 className="mt-4 text-sm font-semibold text-slate-900">Forecast for this campaign</h3>
        <ForecastList forecast={row.forecast} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">Risks</h3>
        {row.risks.length === 0 ? (
          <p className="text-sm text-slate-500">None found.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {row.risks.map((r) => (
              <li key={r.code}>
                <Badge tone={r.severity === "high" ? "red" : "amber"}>{r.severity}</Badge>{" "}
                {r.message}
              </li>
            ))}
          </ul>
        )}
        <CreatorProvenance campaignId={campaignId} creatorId={row.id} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">Propose</h3>
        {match ? (
          <div className="rounded-md bg-slate-50 p-3 text-sm" role="status">
            {done ? (
              done.review.length ? (
                <p>Sent to admin review: {done.review.join("; ")}.</p>
              ) : (
                <p>Proposal sent to {row.creator.name}.</p>
              )
            ) : (
              <p>Already matched to this campaign ({match.status.toLowerCase()}).</p>
            )}
            <Link className="text-blue-700 underline" href={`/matches/${match.id}`}>
              Open the match
            </Link>
          </div>
        ) : (
          <>
            {error && !Object.keys(error.fields).length ? (
              <p role="alert" className="mb-2 text-sm text-red-700">
                {error.message}
              </p>
            ) : null}
            <OfferForm
              submitLabel="Send proposal"
              initial={{ amount: suggestedFee }}
              pending={propose.isPending}
              serverFields={error?.fields}
              onSubmit={(offer) =>
                propose.mutate(
                  { campaignId, creatorId: row.id, offer },
                  {
                    onSuccess: ({ match }) =>
                      setDone({ id: match.id, review: match.review.reasons }),
                  },
                )
              }
            />
          </>
        )}
      </div>
    </div>
  );
}
