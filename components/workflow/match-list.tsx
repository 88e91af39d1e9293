"use client";
// A list of matches from GET /api/v1/matches: the creator's inbox (each proposal can
// be answered in place, with the factor breakdown in plain words) or the brand's
// pipeline. Keyset-paged with "Show more".
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useForecastWords } from "./use-forecast-words";
import { useReviewText } from "./use-review-text";
import type { ReviewLine } from "@/lib/matches/review-lines";
import { nextStatuses, type Actor } from "@/lib/matches/state-machine";
import type { MatchStatus } from "@/lib/db/generated/enums";
import { fetchJson } from "./fetch-json";
import { useMatch } from "./hooks";
import { workflowKeys } from "./keys";
import { MatchActions } from "./match-actions";
import { BUTTON_SECONDARY } from "./offer-form";

type Item = {
  id: string;
  status: string;
  score: number;
  factors: {
    audienceOverlap: number;
    categoryMatch: number;
    performancePrediction: number;
    budgetFit: number;
  };
  review: { status: string; reason: string | null; lines: ReviewLine[] | null };
  offerAmount: number | null;
  lastOffer: { amount: number; side: "BRAND" | "CREATOR" } | null;
  agreedAmount: number | null;
  currency: string;
  statusChangedAt: string;
  campaign: { id: string; title: string };
  brandName: string;
  creator: { id: string; name: string };
};
type Page = { matches: Item[]; nextCursor: string | null };

export function MatchList({ role, status }: { role: string; status?: string }) {
  const qs = new URLSearchParams({ limit: "20", ...(status ? { status } : {}) });
  const query = useInfiniteQuery({
    queryKey: workflowKeys.matchList(qs.toString()),
    queryFn: ({ pageParam }) =>
      fetchJson<Page>(
        `/api/v1/matches?${qs}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const t = useTranslations("workflow");
  const items = query.data?.pages.flatMap((p) => p.matches) ?? [];
  if (query.isLoading) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (query.error)
    return (
      <p role="alert" className="text-sm text-red-700">
        {query.error.message}
      </p>
    );
  if (items.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div>
      <ol className="grid gap-3" aria-label={role === "CREATOR" ? t("proposals") : t("matches")}>
        {items.map((m) => (
          <MatchItem key={m.id} item={m} role={role} />
        ))}
      </ol>
      {query.hasNextPage ? (
        <button
          className={`${BUTTON_SECONDARY} mt-3`}
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {t("showMore")}
        </button>
      ) : null}
    </div>
  );
}

function MatchItem({ item: m, role }: { item: Item; role: string }) {
  const [open, setOpen] = useState(false);
  // nothing left for this role to do (a closed match, a creator's agreed one): no actions
  const settled = nextStatuses(m.status as MatchStatus, role as Actor).length === 0;
  const t = useTranslations("workflow");
  const te = useTranslations("enums");
  const { factorsForCreator } = useForecastWords();
  const reviewText = useReviewText();
  const { formatDateTime, formatMoney } = useFormat();
  const who = role === "CREATOR" ? m.brandName : m.creator.name;
  // the viewer's own counter-offer is on the table: the other side is to answer it
  const mine = role === "CREATOR" ? "CREATOR" : "BRAND";
  const awaiting = !settled && m.status === "NEGOTIATING" && m.lastOffer?.side === mine;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {who} <span className="font-normal text-slate-500">· {m.campaign.title}</span>
          </p>
          <p className="text-sm text-slate-600">
            {m.agreedAmount !== null
              ? t("agreed", { amount: formatMoney(m.agreedAmount, m.currency) })
              : m.lastOffer !== null && m.lastOffer.amount !== m.offerAmount
                ? t("onTable", {
                    amount: formatMoney(m.lastOffer.amount, m.currency),
                    side: m.lastOffer.side,
                  })
                : m.offerAmount !== null
                  ? t("offer", { amount: formatMoney(m.offerAmount, m.currency) })
                  : t("noOffer")}{" "}
            · {t("fit", { score: Math.round(m.score) })} · {formatDateTime(m.statusChangedAt)}
          </p>
        </div>
        <Badge
          tone={
            m.status === "COMPLETED" || m.status === "ACCEPTED"
              ? "green"
              : m.status === "REJECTED" || m.status === "EXPIRED"
                ? "neutral"
                : "blue"
          }
        >
          {te(`matchStatusWords.${m.status}`)}
        </Badge>
      </div>
      {role === "CREATOR" ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-slate-600">
          {factorsForCreator(m.factors).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : ["PENDING", "REJECTED", "CLOSED"].includes(m.review.status) ? (
        <p className="mt-1 text-xs text-slate-600">
          {t("review", { status: te(`review.${m.review.status}`) })}
          {m.review.reason ? `: ${reviewText(m.review.lines) ?? m.review.reason}` : ""}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3 text-sm">
        {awaiting ? <span className="text-slate-600">{t("awaitingAnswer", { who })}</span> : null}
        {settled ? null : (
          <button
            className="text-blue-700 underline"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {open
              ? t("hide")
              : awaiting
                ? t("otherOptions")
                : role === "CREATOR"
                  ? t("answer")
                  : t("act")}
          </button>
        )}
        <Link className="text-blue-700 underline" href={`/matches/${m.id}`}>
          {t("openMatch")}
        </Link>
      </div>
      {open && !settled ? <InlineActions id={m.id} role={role} /> : null}
    </li>
  );
}

function InlineActions({ id, role }: { id: string; role: string }) {
  const { data } = useMatch(id);
  const t = useTranslations("workflow");
  const { formatMoney } = useFormat();
  if (!data) return <p className="mt-2 text-sm text-slate-500">{t("loading")}</p>;
  const offer = data.offers.at(-1);
  return (
    <div className="mt-3 border-t border-slate-100 pt-3">
      {offer ? (
        <p className="mb-2 text-sm">
          {t.rich("offerFor", {
            who: offer.side === "BRAND" ? t("brandOffers") : t("counterOffer"),
            amount: formatMoney(offer.amount, data.currency),
            deliverables: offer.deliverables,
            b: (chunks) => <strong>{chunks}</strong>,
          })}
          {offer.message ? ` — “${offer.message}”` : ""}
        </p>
      ) : null}
      <MatchActions match={data} role={role} />
    </div>
  );
}
