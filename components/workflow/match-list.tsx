"use client";
// A list of matches from GET /api/v1/matches: the creator's inbox (each proposal can
// be answered in place, with the factor breakdown in plain words) or the brand's
// pipeline. Keyset-paged with "Show more".
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { factorsForCreator } from "@/lib/matches/forecast-words";
import { STATUS_LABEL } from "@/lib/matches/status-labels";
import { formatDateTime, formatMoney } from "@/lib/reporting/format";
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
  review: { status: string; reason: string | null };
  offerAmount: number | null;
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
  const items = query.data?.pages.flatMap((p) => p.matches) ?? [];
  if (query.isLoading) return <p className="text-sm text-slate-500">Loading…</p>;
  if (query.error)
    return (
      <p role="alert" className="text-sm text-red-700">
        {query.error.message}
      </p>
    );
  if (items.length === 0) return <p className="text-sm text-slate-500">Nothing here yet.</p>;
  return (
    <div>
      <ol className="grid gap-3" aria-label={role === "CREATOR" ? "Proposals" : "Matches"}>
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
          Show more
        </button>
      ) : null}
    </div>
  );
}

function MatchItem({ item: m, role }: { item: Item; role: string }) {
  const [open, setOpen] = useState(false);
  const who = role === "CREATOR" ? m.brandName : m.creator.name;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {who} <span className="font-normal text-slate-500">· {m.campaign.title}</span>
          </p>
          <p className="text-sm text-slate-600">
            {m.agreedAmount !== null
              ? `Agreed ${formatMoney(m.agreedAmount, m.currency)}`
              : m.offerAmount !== null
                ? `Offer ${formatMoney(m.offerAmount, m.currency)}`
                : "No offer"}{" "}
            · fit {Math.round(m.score)}/100 · {formatDateTime(m.statusChangedAt)}
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
          {STATUS_LABEL[m.status as keyof typeof STATUS_LABEL]}
        </Badge>
      </div>
      {role === "CREATOR" ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-slate-600">
          {factorsForCreator(m.factors).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : m.review.status === "PENDING" || m.review.status === "REJECTED" ? (
        <p className="mt-1 text-xs text-slate-600">
          Review {m.review.status.toLowerCase()}
          {m.review.reason ? `: ${m.review.reason}` : ""}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3 text-sm">
        <button
          className="text-blue-700 underline"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? "Hide" : role === "CREATOR" ? "Answer" : "Act"}
        </button>
        <Link className="text-blue-700 underline" href={`/matches/${m.id}`}>
          Open the match page
        </Link>
      </div>
      {open ? <InlineActions id={m.id} role={role} /> : null}
    </li>
  );
}

function InlineActions({ id, role }: { id: string; role: string }) {
  const { data } = useMatch(id);
  if (!data) return <p className="mt-2 text-sm text-slate-500">Loading…</p>;
  const offer = data.offers.at(-1);
  return (
    <div className="mt-3 border-t border-slate-100 pt-3">
      {offer ? (
        <p className="mb-2 text-sm">
          {offer.side === "BRAND" ? "The brand offers" : "Counter-offer"}{" "}
          <strong>{formatMoney(offer.amount, data.currency)}</strong> for {offer.deliverables}
          {offer.message ? ` — “${offer.message}”` : ""}
        </p>
      ) : null}
      <MatchActions match={data} role={role} />
    </div>
  );
}
