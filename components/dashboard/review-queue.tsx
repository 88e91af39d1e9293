"use client";
// The admin review queue: matches that wait for approval before the creator is
// contacted, oldest first, each saying why it waits. The first page comes from the
// server; further pages load from the JSON API with the keyset cursor.
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ReviewDecisions } from "@/components/workflow/review-decisions";
import { useReviewText } from "@/components/workflow/use-review-text";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReviewQueuePage } from "@/lib/admin/review-queue-types";
import { seriousRiskLabel } from "@/lib/admin/review-reasons";
import type { ReviewLine } from "@/lib/matches/review-lines";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useReviewQueue } from "./use-review-queue";

const CONFIDENCE_TONE = { HIGH: "green", MEDIUM: "blue", LOW: "red" } as const;

export function ReviewQueue({
  initial,
  limit,
  now,
}: {
  initial: ReviewQueuePage;
  limit: number;
  now: string;
}) {
  const query = useReviewQueue(initial, limit);
  const items = query.data.pages.flatMap((p) => p.items);
  const total = query.data.pages.at(-1)?.total ?? initial.total;
  const nowDate = new Date(now);
  const [selected, setSelected] = useState<string[]>([]);
  const t = useTranslations("reviewQueue");
  const te = useTranslations("enums");
  const td = useTranslations("definitions");
  const tLevel = useTranslations("forecast");
  const { formatCompact, formatDate, formatDuration, formatMoney } = useFormat();
  const reviewText = useReviewText();
  const reasonLabel = (
    r: { code: string; label: string },
    item: { amount: number | null; currency: string; lines: ReviewLine[] | null },
  ) =>
    r.code === "ABOVE_BUDGET_THRESHOLD"
      ? t("reason.ABOVE_BUDGET_THRESHOLD", {
          amount: formatMoney(item.amount, item.currency),
          threshold: formatMoney(initial.threshold, item.currency),
        })
      : r.code === "SERIOUS_RISK"
        ? // one reason per risk line: that risk's sentence, in the reader's language
          (reviewText(
            item.lines?.filter(
              (l) => l.code === "SERIOUS_RISK" && r.label === seriousRiskLabel(l.params.risk),
            ),
          ) ?? r.label)
        : t.has(`reason.${r.code}`)
          ? t(`reason.${r.code}`)
          : r.label; // FLAGGED: the note a person wrote
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  if (items.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>;
  }
  return (
    <div>
      <ReviewDecisions selected={selected} onDone={() => setSelected([])} />
      <ol className="divide-y divide-slate-100" aria-label={t("list")}>
        {items.map((item) => (
          <li key={item.matchId} className="py-3 first:pt-0">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="flex min-w-0 items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  aria-label={t("select", {
                    creator: item.creator.displayName,
                    campaign: item.campaign.title,
                  })}
                  checked={selected.includes(item.matchId)}
                  onChange={() => toggle(item.matchId)}
                />
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    <Link href={`/matches/${item.matchId}`} className="hover:underline">
                      {item.campaign.title}
                    </Link>
                    <span className="font-normal text-slate-500"> · {item.brand.name}</span>
                  </p>
                  <p className="mt-0.5 text-sm text-slate-700">
                    {item.creator.displayName}
                    <span className="text-slate-500">
                      {" "}
                      ·{" "}
                      {item.creator.tier
                        ? te.has(`tier.${item.creator.tier}`)
                          ? te(`tier.${item.creator.tier}`)
                          : item.creator.tier
                        : t("noChannel")}
                      {item.creator.subscribers !== null
                        ? t("subscribers", { count: formatCompact(item.creator.subscribers) })
                        : ""}
                      {t("completed", { count: item.creator.completedMatches })}
                    </span>
                  </p>
                </div>
              </div>
              <div className="text-sm sm:text-right">
                <p className="font-semibold tabular-nums text-slate-900">
                  {formatMoney(item.amount, item.currency)}
                </p>
                <p className="text-xs text-slate-500">
                  {t("waiting", {
                    duration: formatDuration(item.createdAt, nowDate),
                    date: formatDate(item.createdAt),
                  })}
                </p>
              </div>
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-1.5">
              {item.reasons.map((r) => (
                <Badge key={r.code} tone="amber" wrap>
                  {reasonLabel(r, item)}
                </Badge>
              ))}
              <Badge tone="neutral" title={t("scoreTitle")}>
                {t("score", { score: Math.round(item.score) })}
              </Badge>
              {/* low confidence is already one of the reasons above */}
              {item.reasons.some((r) => r.code === "LOW_CONFIDENCE") ? null : (
                <Badge
                  tone={
                    CONFIDENCE_TONE[item.confidence as keyof typeof CONFIDENCE_TONE] ?? "neutral"
                  }
                >
                  {t("confidence", { level: tLevel(`confidenceLevel.${item.confidence}`) })}
                </Badge>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3 text-sm">
        <span className="text-slate-600">
          {t("showing", { shown: items.length, total })}{" "}
          {td("reviewRule", { threshold: formatMoney(initial.threshold) })}
        </span>
        {query.hasNextPage ? (
          <button
            type="button"
            onClick={() => query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            {query.isFetchingNextPage ? t("loading") : t("loadMore")}
          </button>
        ) : null}
      </div>
      {query.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {query.error instanceof Error ? query.error.message : t("couldNotLoad")}
        </p>
      ) : null}
    </div>
  );
}
