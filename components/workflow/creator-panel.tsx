"use client";
// The detail of one ranked creator: the four factors as a chart with their sentences,
// the forecast as ranges, the risks with their numbers, and the proposal form (or the
// creator's live match, when there is one; after one that ended without an agreement,
// the form again, to propose anew). A draft campaign goes live with its first proposal,
// and the form says so; a paused one offers to resume instead of the form.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { SetCampaignStatus } from "@/components/dashboard/campaign-status-control";
import type { CampaignStatus } from "@/lib/db/generated/enums";
import { Badge } from "@/components/ui/badge";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { CreatorProvenance } from "./creator-provenance";
import { Explanation, RiskText } from "./explanation";
import { useReviewText } from "./use-review-text";
import type { ReviewLine } from "@/lib/matches/review-lines";
import { endedWithoutAgreement, MAX_PROPOSALS_PER_PAIR } from "@/lib/matches/statuses";
import { FactorChart } from "./factor-chart";
import { ApiError } from "./fetch-json";
import { ForecastList } from "./forecast-list";
import { usePropose, useSingleFlight } from "./hooks";
import { OfferForm } from "./offer-form";
import type { RankedRow } from "./types";
import { useForecastWords } from "./use-forecast-words";
import { PlaceSuffix } from "./place-suffix";

export function CreatorPanel({
  campaignId,
  campaignStatus,
  setCampaignStatus,
  row,
  listFilters,
  notListed = false,
  onClose,
}: {
  campaignId: string;
  campaignStatus: CampaignStatus;
  setCampaignStatus: SetCampaignStatus;
  row: RankedRow;
  /** the ranking's filters, as a query string */
  listFilters: string;
  /** opened by a link or the shortlist, and the list's filters leave the creator out */
  notListed?: boolean;
  onClose: () => void;
}) {
  const propose = usePropose();
  const proposeOnce = useSingleFlight(propose);
  const router = useRouter();
  const t = useTranslations("creatorPanel");
  const te = useTranslations("enums");
  const { formatCompact } = useFormat();
  const { confidence } = useForecastWords();
  const tier = row.creator.tier
    ? te.has(`tier.${row.creator.tier.toUpperCase()}`)
      ? te(`tier.${row.creator.tier.toUpperCase()}`)
      : row.creator.tier
    : "";
  const [done, setDone] = useState<{
    id: string;
    review: ReviewLine[];
    campaignActivated: boolean;
  } | null>(null);
  const reviewText = useReviewText();
  const error = propose.error instanceof ApiError ? propose.error : null;
  // The offer starts at the creator's rate card, when it is in the campaign's currency;
  // the forecast's cost also holds the campaign's handling cost, which the creator is not paid.
  const suggestedFee =
    row.rate.status === "known" && row.rate.currency === row.forecast.currency
      ? (row.rate.amount ?? undefined)
      : undefined;
  // the proposal just sent, else the creator's current match for the campaign; one that
  // ended without an agreement (declined, withdrawn, expired) leaves the offer form open
  const match = done ? { id: done.id, status: "proposed" } : row.match;
  const ended = !done && match !== null && endedWithoutAgreement(match.status);
  // …unless the pair had its last proposal (the server refuses one more as well)
  const noMore = ended && (row.match?.proposals ?? 0) >= MAX_PROPOSALS_PER_PAIR;
  // A keyboard user lands in the panel, Escape closes it, and focus goes back to the row
  // that opened it.
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => opener?.focus();
  }, []);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={t("breakdown", { name: row.creator.name })}
      className="fixed inset-0 z-30 flex justify-end bg-slate-900/30"
      onClick={onClose}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div
        className="h-full w-full max-w-md overflow-y-auto bg-white p-4 shadow-xl sm:p-5"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="flex items-start justify-between gap-2">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">{row.creator.name}</h2>
            <p className="text-sm text-slate-500">
              {row.creator.channelTitle ?? t("noChannelTitle")} · {tier}
              {row.creator.subscribers !== null
                ? ` · ${t("subscribers", { count: formatCompact(row.creator.subscribers) })}`
                : ` · ${t("subscribersHidden")}`}
              <PlaceSuffix creator={row.creator} />
            </p>
          </div>
          <button
            ref={closeRef}
            onClick={onClose}
            className="text-sm text-slate-500 hover:text-slate-900"
          >
            {t("close")}
          </button>
        </div>
        {notListed ? (
          <p role="note" className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900">
            {t("notListed")}
          </p>
        ) : null}
        <p className="mt-3 text-sm">
          {t.rich("fitScore", {
            score: row.score.toFixed(0),
            b: (chunks) => <strong className="text-2xl">{chunks}</strong>,
          })}{" "}
          ·{" "}
          <Badge
            tone={row.confidence === "high" ? "green" : row.confidence === "low" ? "red" : "blue"}
          >
            {t("confidence", { level: confidence(row.confidence) })}
          </Badge>
        </p>
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("whyScore")}</h3>
        <FactorChart factors={row.factors} title={t("factorsOf", { name: row.creator.name })} />
        <Explanation facts={row.explanation} english={row.reasons} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("forecastTitle")}</h3>
        <ForecastList forecast={row.forecast} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("risks")}</h3>
        {row.risks.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noRisks")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {row.risks.map((r) => (
              <li key={r.code}>
                <Badge tone={r.severity === "high" ? "red" : "amber"}>
                  {t(`severity.${r.severity}`)}
                </Badge>{" "}
                <RiskText risk={r} />
              </li>
            ))}
          </ul>
        )}
        <CreatorProvenance campaignId={campaignId} creatorId={row.id} listFilters={listFilters} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("propose")}</h3>
        {match && !ended ? (
          <div className="rounded-md bg-slate-50 p-3 text-sm" role="status">
            {done ? (
              <>
                <p>
                  {done.review.length
                    ? t("sentToReview", { reasons: reviewText(done.review) ?? "" })
                    : t("sent", { name: row.creator.name })}
                </p>
                {done.campaignActivated ? <p>{t("campaignNowActive")}</p> : null}
              </>
            ) : (
              <p>
                {t("alreadyMatched", {
                  status: te.has(`matchStatus.${match.status}`)
                    ? te(`matchStatus.${match.status}`)
                    : t("proposed"),
                })}
              </p>
            )}
            <Link className="text-blue-700 underline" href={`/matches/${match.id}`}>
              {t("openMatch")}
            </Link>
          </div>
        ) : (
          <>
            {match && ended ? (
              <p className="mb-3 rounded-md bg-slate-50 p-3 text-sm">
                {noMore
                  ? t("noMoreProposals", {
                      status: te(`matchStatus.${match.status}`),
                      max: MAX_PROPOSALS_PER_PAIR,
                    })
                  : t("endedBefore", { status: te(`matchStatus.${match.status}`) })}{" "}
                <Link className="text-blue-700 underline" href={`/matches/${match.id}`}>
                  {t("openLast")}
                </Link>
              </p>
            ) : null}
            {noMore ? null : campaignStatus === "COMPLETED" ? (
              <p className="rounded-md bg-slate-50 p-3 text-sm">{t("completedNoProposals")}</p>
            ) : campaignStatus === "PAUSED" ? (
              <ResumeCampaign campaignId={campaignId} setCampaignStatus={setCampaignStatus} />
            ) : (
              <>
                {campaignStatus === "DRAFT" ? (
                  <p className="mb-2 text-sm text-slate-600">{t("draftGoesLive")}</p>
                ) : null}
                {error && !Object.keys(error.fields).length ? (
                  <p role="alert" className="mb-2 text-sm text-red-700">
                    {error.message}
                  </p>
                ) : null}
                <OfferForm
                  submitLabel={ended ? t("proposeAgain") : t("sendProposal")}
                  initial={{ amount: suggestedFee }}
                  pending={propose.isPending}
                  serverFields={error?.fields}
                  onSubmit={(offer) =>
                    proposeOnce(
                      { campaignId, creatorId: row.id, offer },
                      {
                        onSuccess: ({ match, campaignActivated }) => {
                          setDone({ id: match.id, review: match.review.lines, campaignActivated });
                          // the page's header shows the campaign's status
                          if (campaignActivated) router.refresh();
                        },
                        // paused or completed in another tab: the page learns the status
                        onError: (e) => {
                          if (e instanceof ApiError && e.status === 409) router.refresh();
                        },
                      },
                    )
                  }
                />
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** A paused campaign sends no proposals: the panel offers to resume it instead. */
function ResumeCampaign({
  campaignId,
  setCampaignStatus,
}: {
  campaignId: string;
  setCampaignStatus: SetCampaignStatus;
}) {
  const t = useTranslations("creatorPanel");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="rounded-md bg-amber-50 p-3 text-sm">
      <p>{t("pausedNoProposals")}</p>
      <button
        type="button"
        disabled={pending}
        className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
        onClick={() =>
          startTransition(async () => {
            // the action revalidates the page, whose new status reaches this panel
            const result = await setCampaignStatus({ campaignId, status: "ACTIVE" });
            setError(result.ok ? null : result.error.message);
          })
        }
      >
        {t("resumeCampaign")}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
