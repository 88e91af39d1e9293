"use client";
import Link from "next/link";
import type { ReactNode } from "react";
// One match for whoever may see it: the offer on the table, the actions of the
// signed-in side, what the engine saw at proposal time (in creator-friendly words for
// creators), the actual results, the history and the thread.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { formatBp } from "@/lib/money";
import { useForecastWords } from "./use-forecast-words";

import { Explanation } from "./explanation";
import { FactorChart } from "./factor-chart";
import { ForecastList } from "./forecast-list";
import { storedForecast } from "@/lib/matches/forecast-ranges";
import { useMatch } from "./hooks";
import { useReviewText } from "./use-review-text";
import { useSystemLine } from "./use-system-line";
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
  const t = useTranslations("workflow");
  const te = useTranslations("enums");
  const tt = useTranslations("moneyTerms");
  const { factorsForCreator, confidence } = useForecastWords();
  const { formatDate, formatDateTime, formatInteger, formatMoney } = useFormat();
  const systemLine = useSystemLine();
  const reviewText = useReviewText();
  const statusWord = (s: string) => te(`matchStatusWords.${s}`);
  const money = (n: number | null) => (n === null ? "—" : formatMoney(n, m.currency));
  const offer = m.offers.at(-1);
  const forecast = storedForecast(m.forecast);

  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <div className="grid content-start gap-4">
        <Card
          title={
            <span>
              {m.campaign.title} <Badge tone="blue">{statusWord(m.status)}</Badge>
            </span>
          }
          description={`${m.brand.name} → ${m.creator.name}`}
        >
          {m.review.status !== "NOT_REQUIRED" && role !== "CREATOR" ? (
            <p className="mb-3 rounded-md bg-slate-50 p-3 text-sm" data-testid="review">
              {t("adminReview")} <strong>{te(`review.${m.review.status}`)}</strong>
              {m.review.reason ? ` — ${reviewText(m.review.lines) ?? m.review.reason}` : ""}
            </p>
          ) : null}
          {offer ? (
            <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
              <dt className="text-slate-500">{t("offerOnTable")}</dt>
              <dd>
                {t.rich(offer.side === "BRAND" ? "fromBrand" : "fromCreator", {
                  amount: money(offer.amount),
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
              </dd>
              <dt className="text-slate-500">{tt("offer.commissionTerm")}</dt>
              <dd data-testid="offer-commission">
                {offer.commissionRateBp > 0
                  ? tt("offer.commissionValue", { rate: formatBp(offer.commissionRateBp) })
                  : tt("offer.noCommission")}
              </dd>
              <dt className="text-slate-500">{t("deliverables")}</dt>
              <dd>{offer.deliverables}</dd>
              {offer.startsOn || offer.endsOn ? (
                <>
                  <dt className="text-slate-500">{t("dates")}</dt>
                  <dd>
                    {offer.startsOn ?? "?"} – {offer.endsOn ?? "?"}
                  </dd>
                </>
              ) : null}
              {m.agreedAmount !== null ? (
                <>
                  <dt className="text-slate-500">{t("agreedFee")}</dt>
                  <dd>
                    {money(m.agreedAmount)}
                    {m.commissionRateBp > 0
                      ? ` + ${tt("offer.commissionValue", { rate: formatBp(m.commissionRateBp) })}`
                      : ""}
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {m.otherProposals.length > 0 ? (
            <div className="mb-3 text-sm" data-testid="other-proposals">
              <h3 className="font-medium text-slate-700">
                {t(role === "CREATOR" ? "otherProposalsToYou" : "otherProposals")}
              </h3>
              <ul className="mt-1 grid gap-1">
                {m.otherProposals.map((p) => (
                  <li key={p.id}>
                    <Link href={`/matches/${p.id}`} className="text-blue-700 hover:underline">
                      {t(p.newer ? "newerProposal" : "earlierProposal", {
                        date: formatDate(p.proposedAt),
                      })}
                    </Link>
                    {" · "}
                    {money(p.offerAmount)}
                    {p.lastOffer && p.lastOffer.amount !== p.offerAmount
                      ? ` → ${t(p.lastOffer.side === "BRAND" ? "lastFromBrand" : "lastFromCreator", { amount: money(p.lastOffer.amount) })}`
                      : ""}
                    {" · "}
                    {statusWord(p.status)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <MatchActions match={m} role={role} />
        </Card>
        {tracking}
        <Card title={t("messages")}>
          <MatchThread matchId={m.id} currency={m.currency} />
        </Card>
      </div>
      <div className="grid content-start gap-4">
        <Card
          title={role === "CREATOR" ? t("whyPicked") : t("scoreAtProposal")}
          description={t("scoreDescription", {
            score: Math.round(m.score),
            confidence: confidence(m.confidence),
          })}
        >
          <FactorChart factors={m.factors} title={t("factorsAtProposal")} />
          {role === "CREATOR" ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {factorsForCreator(m.factors).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <Explanation facts={m.explanation} english={m.reasons} />
          )}
          {forecast ? (
            <>
              <h3 className="mt-3 text-sm font-semibold">
                {role === "CREATOR" ? t("whatBrandExpects") : t("forecast")}
              </h3>
              <ForecastList forecast={forecast} />
            </>
          ) : null}
        </Card>
        {m.actuals ? (
          <Card title={t("actuals")}>
            <p className="text-sm">
              {t("actualsLine", {
                views: formatInteger(m.actuals.views),
                clicks: formatInteger(m.actuals.clicks),
                sales: formatInteger(m.actuals.sales),
                revenue: money(m.actuals.revenue),
              })}
            </p>
          </Card>
        ) : null}
        <Card title={t("history")}>
          <ol className="grid gap-2 text-sm" aria-label={t("history")}>
            {m.history.map((h, i) => (
              <li key={i} className="border-l-2 border-slate-200 pl-3">
                <p className="font-medium">
                  {h.from ? `${statusWord(h.from)} → ` : ""}
                  {statusWord(h.to)}
                </p>
                <p className="text-xs text-slate-500">
                  {formatDateTime(h.at)} ·{" "}
                  {h.byRole === null && (h.by === null || h.by === "system")
                    ? t("system") // the API names the platform's own steps "system"
                    : (h.by ?? t(`byRole.${h.byRole!.toLowerCase()}`))}
                  {systemLine(h.line) !== null ? (
                    ` · ${systemLine(h.line)}`
                  ) : h.note ? (
                    // the platform's own note from before notes had codes is English
                    <span lang={h.byRole === null ? "en" : undefined}> · {h.note}</span>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}
