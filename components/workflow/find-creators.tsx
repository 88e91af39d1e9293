"use client";
// "Find creators" for one campaign: the engine's ranking from the JSON API with
// filters, sort, search and cursor paging, all kept in the URL so that a view can be
// shared; a detail panel per row, compare 2–4 side by side, and the shortlist.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { HttpError } from "@/app/providers";
import type { SetCampaignStatus } from "@/components/dashboard/campaign-status-control";
import { Badge } from "@/components/ui/badge";
import type { CampaignStatus } from "@/lib/db/generated/enums";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { wholeRange } from "@/lib/matches/forecast-ranges";
import { SHORTLIST_MAX } from "@/lib/matches/schemas";
import { CATEGORIES } from "@/lib/matching/engine/taxonomy";
import { useForecastWords } from "./use-forecast-words";
import { CompareTable } from "./compare-table";
import { CreatorPanel } from "./creator-panel";
import { endedWithoutAgreement } from "@/lib/matches/statuses";
import { ApiError } from "./fetch-json";
import { useCreatorDetail, useRanking, useShortlist, type CreatorDetail } from "./hooks";
import { PlaceSuffix } from "./place-suffix";
import { BUTTON, BUTTON_SECONDARY, INPUT } from "./offer-form";
import type { RankedRow } from "./types";
import type { RankSort } from "@/lib/matching/engine/rank";

/** URL parameters the ranking API reads: every filter runs on the server, over all creators. */
const API_PARAMS = [
  "q",
  "tiers",
  "platforms",
  "regions",
  "categories",
  "maxRate",
  "minSubscribers",
  "minScore",
  "withinKm",
  "verified",
  "sort",
  "cursor",
] as const;
const TIERS = ["nano", "micro", "mid", "macro", "mega"];
/** The distances offered between district centres: next door (neighbouring centres lie
 *  3-15 km apart), the nearer part of the city, the city and its neighbours. */
const DISTANCES_KM = [10, 20, 30, 50];

export function FindCreators({
  campaignId,
  campaignStatus,
  setCampaignStatus,
  defaultSort,
  nearby,
}: {
  campaignId: string;
  /** what the breakdown's proposal form offers: a paused campaign sends none */
  campaignStatus: CampaignStatus;
  setCampaignStatus: SetCampaignStatus;
  /** the order without ?sort= (lib/campaigns/default-ranking-sort.ts) */
  defaultSort: RankSort;
  /** the campaign names a district: creators can be kept to those based near it */
  nearby: boolean;
}) {
  const params = useSearchParams();
  const pathname = usePathname();
  const sort = params.get("sort") || defaultSort;
  const apiParams = useMemo(() => {
    const p = new URLSearchParams({ limit: "20" });
    for (const k of API_PARAMS) {
      const v = params.get(k);
      // a distance left in a link to a campaign that no longer names a district: the
      // page offers no such filter, so it does not apply one
      if (v && !(k === "withinKm" && !nearby)) p.set(k, v);
    }
    p.set("sort", sort);
    return p;
  }, [params, sort, nearby]);
  const ranking = useRanking(campaignId, apiParams);
  // a page link kept across an edit of the campaign (or tampered with): its ranking
  // is gone, so the page offers the first page of the current one
  const staleCursor =
    ranking.error instanceof ApiError && ranking.error.fields["query.cursor"] !== undefined;
  const shortlist = useShortlist(campaignId);
  const [picked, setPicked] = useState<Map<string, RankedRow>>(new Map());
  const [comparing, setComparing] = useState(false);
  // The filter inputs are uncontrolled: when other filters reach the URL by Back,
  // Forward or a link, the form remounts to show them. Not after its own Apply: the
  // inputs already say what it sent, and the focus stays where it was.
  const [formKey, setFormKey] = useState(0);
  const shownFilters = filterPart(params.toString());
  const lastFilters = useRef(shownFilters);
  const appliedFilters = useRef<string | null>(null);
  useEffect(() => {
    if (shownFilters === lastFilters.current) return;
    lastFilters.current = shownFilters;
    if (appliedFilters.current === shownFilters) appliedFilters.current = null;
    else setFormKey((k) => k + 1);
  }, [shownFilters]);
  const tr = useTranslations("findCreators");
  const tw = useTranslations("workflow");
  const te = useTranslations("enums");
  const tv = useTranslations("vocab");
  const { formatCompact } = useFormat();
  const { range } = useForecastWords();
  const tierLabel = (tier: string) =>
    te.has(`tier.${tier.toUpperCase()}`) ? te(`tier.${tier.toUpperCase()}`) : tier;

  const verified = params.get("verified") === "1";
  const rows = ranking.data?.results ?? [];
  // The open breakdown is in the URL (?creator=): a link opens it, and Back (a phone's
  // Back button over the full-screen panel) closes it instead of leaving the view.
  const openId = params.get("creator");
  const onPage = openId ? (rows.find((r) => r.id === openId) ?? null) : null;
  // a creator who is not on this page (a shortlist entry, a shared link): scored alone,
  // and checked against the filters shown, which may leave them out of the list
  const detail = useCreatorDetail(
    campaignId,
    openId && !onPage && ranking.data ? openId : null,
    shownFilters,
  );
  const fromDetail = useMemo(
    () => (detail.data ? rowFromDetail(detail.data) : null),
    [detail.data],
  );
  const open = onPage ?? (openId && fromDetail?.id === openId ? fromDetail : null);

  // ?creator= names someone this campaign cannot show (a mistyped link, no features)
  const unavailable =
    openId !== null && !open && (detail.isError || (detail.data !== undefined && !fromDetail));

  /** Opens a creator's breakdown, or closes it (null). */
  function setOpen(id: string | null) {
    const without = new URLSearchParams(params);
    without.delete("creator");
    const view = without.size ? `${pathname}?${without.toString()}` : pathname;
    // The breakdown's history entry names the view it was opened over (kept by the
    // browser across a reload): closing goes back to that entry instead of adding one.
    const over = (window.history.state as { breakdownOver?: string } | null)?.breakdownOver;
    if (id) {
      const next = new URLSearchParams(params);
      next.set("creator", id);
      const url = `${pathname}?${next.toString()}`;
      // one entry for the breakdown however many are opened before it shows
      if (openId !== null)
        window.history.replaceState(over ? { breakdownOver: over } : null, "", url);
      else window.history.pushState({ breakdownOver: view }, "", url);
    } else if (over === view) {
      window.history.back();
    } else {
      // opened from a link: there is no entry of the view under it to go back to
      window.history.replaceState(null, "", view);
    }
  }

  function go(next: URLSearchParams) {
    // The view lives in the URL, but nothing on the server depends on it: the native
    // history call updates useSearchParams without a server render of the page, which
    // under load made a filter change wait seconds for the URL to move. Pushed, not
    // replaced: Back returns to the previous filters or page, not off the campaign.
    // The same view again (Apply with nothing changed) adds no entry for Back to undo.
    if (next.toString() === params.toString()) return;
    // (paging keeps the filters: nothing for the form to expect)
    const filters = filterPart(next.toString());
    appliedFilters.current = filters === shownFilters ? null : filters;
    window.history.pushState(null, "", `${pathname}?${next.toString()}`);
  }
  function applyFilters(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    const tiers = data.getAll("tiers").map(String);
    if (tiers.length) next.set("tiers", tiers.join(","));
    for (const k of [
      "regions",
      "categories",
      "platforms",
      "maxRate",
      "minScore",
      "withinKm",
      "q",
      "sort",
    ]) {
      const v = String(data.get(k) ?? "").trim();
      if (v && !(k === "sort" && v === defaultSort)) next.set(k, v);
    }
    if (data.get("verified")) next.set("verified", "1");
    go(next);
  }
  function page(cursor: string | null) {
    const next = new URLSearchParams(params);
    next.delete("creator");
    // a cursor belongs to its order: the link keeps that order even if the campaign's
    // default changes (an edit that makes it a store visit, or no longer one)
    if (cursor) {
      next.set("cursor", cursor);
      next.set("sort", sort);
    } else next.delete("cursor");
    go(next);
  }
  function togglePick(r: RankedRow) {
    const next = new Map(picked);
    if (next.has(r.id)) next.delete(r.id);
    else if (next.size < 4) next.set(r.id, r);
    setPicked(next);
  }
  const selectedTiers = (params.get("tiers") ?? "").split(",");
  const withinKm = params.get("withinKm");

  return (
    <div>
      <form
        key={formKey}
        onSubmit={applyFilters}
        aria-label={tr("filters")}
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4"
      >
        <label className="grid gap-1 sm:col-span-2">
          <span className="text-xs font-medium text-slate-600">{tr("search")}</span>
          <input name="q" maxLength={100} defaultValue={params.get("q") ?? ""} className={INPUT} />
        </label>
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("sortBy")}</span>
          <select name="sort" defaultValue={sort} className={INPUT}>
            <option value="score">{tr("sortScore")}</option>
            <option value="value">{tr("sortValue")}</option>
          </select>
        </label>
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("minScore")}</span>
          <input
            name="minScore"
            inputMode="numeric"
            defaultValue={params.get("minScore") ?? ""}
            className={INPUT}
          />
        </label>
        <fieldset className="grid gap-1 sm:col-span-2">
          <legend className="text-xs font-medium text-slate-600">{tr("tier")}</legend>
          <div className="flex flex-wrap gap-3">
            {TIERS.map((t) => (
              <label key={t} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="tiers"
                  value={t}
                  defaultChecked={selectedTiers.includes(t)}
                />
                {tierLabel(t)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("region")}</span>
          <input
            name="regions"
            placeholder={tr("regionPlaceholder")}
            defaultValue={params.get("regions") ?? ""}
            className={INPUT}
          />
        </label>
        {nearby && (
          <label className="grid gap-1">
            <span className="text-xs font-medium text-slate-600">{tr("distance")}</span>
            <select name="withinKm" defaultValue={withinKm ?? ""} className={INPUT}>
              <option value="">{tr("anyDistance")}</option>
              {/* a distance from a shared link or the API that the list does not offer */}
              {withinKm && !DISTANCES_KM.includes(Number(withinKm)) && (
                <option value={withinKm}>{tr("withinKm", { km: Number(withinKm) })}</option>
              )}
              {DISTANCES_KM.map((km) => (
                <option key={km} value={km}>
                  {tr("withinKm", { km })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("category")}</span>
          <select name="categories" defaultValue={params.get("categories") ?? ""} className={INPUT}>
            <option value="">{tr("anyCategory")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tv(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("platform")}</span>
          <select name="platforms" defaultValue={params.get("platforms") ?? ""} className={INPUT}>
            <option value="">{tr("campaignPlatforms")}</option>
            <option value="youtube">YouTube</option>
            <option value="instagram">Instagram</option>
            <option value="tiktok">TikTok</option>
          </select>
        </label>
        <label className="grid gap-1">
          <span className="text-xs font-medium text-slate-600">{tr("feeCeiling")}</span>
          <input
            name="maxRate"
            inputMode="numeric"
            defaultValue={params.get("maxRate") ?? ""}
            className={INPUT}
          />
        </label>
        <label className="flex items-center gap-2 self-end">
          <input type="checkbox" name="verified" defaultChecked={verified} /> {tr("verifiedOnly")}
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={BUTTON}>
            {tr("apply")}
          </button>
          <button
            type="button"
            className={BUTTON_SECONDARY}
            onClick={() => go(new URLSearchParams())}
          >
            {tr("reset")}
          </button>
        </div>
      </form>

      {shortlist.toggle.error ? (
        // fixed: the star clicked may be far down the ranking
        <div
          role="alert"
          className="fixed inset-x-4 bottom-4 z-20 flex items-start gap-3 rounded-lg bg-red-50 p-3 text-sm text-red-800 shadow-lg ring-1 ring-red-200 sm:left-auto sm:max-w-sm"
        >
          <p className="flex-1">
            {shortlist.toggle.error instanceof HttpError && shortlist.toggle.error.status === 409
              ? tr("shortlistFull", { max: SHORTLIST_MAX })
              : tr("shortlistFailed", { message: shortlist.toggle.error.message })}
          </p>
          <button className="underline" onClick={() => shortlist.toggle.reset()}>
            {tw("close")}
          </button>
        </div>
      ) : null}
      {shortlist.entries.length ? (
        <section
          aria-label={tr("shortlist")}
          className="mb-4 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm"
        >
          <h2 className="font-semibold">
            {tr("shortlistTitle", { count: shortlist.entries.length })}
          </h2>
          {/* up to SHORTLIST_MAX names: scrolls past a few rows */}
          <ul className="mt-1 flex max-h-40 flex-wrap gap-2 overflow-y-auto">
            {shortlist.entries.map((e) => (
              <li
                key={e.creatorId}
                className="rounded-full bg-white px-3 py-1 ring-1 ring-amber-200"
              >
                {e.match ? (
                  <Link href={`/matches/${e.match.id}`} className="underline">
                    {e.name} ({te(`matchStatus.${e.match.status}`)})
                  </Link>
                ) : (
                  <button className="underline" onClick={() => setOpen(e.creatorId)}>
                    {e.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {comparing && picked.size >= 2 ? (
        <CompareTable rows={[...picked.values()]} onClose={() => setComparing(false)} />
      ) : null}

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600" aria-live="polite">
          {ranking.isLoading ? (
            tr("ranking")
          ) : staleCursor ? (
            <>
              {tr("staleCursor")}{" "}
              <button className="font-medium underline" onClick={() => page(null)}>
                {tr("firstPage")}
              </button>
            </>
          ) : ranking.error ? (
            tr("couldNotRank", { message: ranking.error.message })
          ) : (
            `${tr("pass", { count: formatCompact(ranking.data?.total ?? 0) })}${
              ranking.isFetching ? tr("updating") : ""
            }`
          )}
        </p>
        <button
          className={BUTTON_SECONDARY}
          disabled={picked.size < 2}
          onClick={() => setComparing(true)}
        >
          {tr("compare", { count: picked.size })}
        </button>
      </div>

      <ol
        className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        aria-label={tr("ranked")}
      >
        {rows.map((r, i) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 p-3 sm:flex-nowrap">
            <input
              type="checkbox"
              aria-label={tr("compareOne", { name: r.creator.name })}
              checked={picked.has(r.id)}
              // four at most: the others wait, and say why
              disabled={!picked.has(r.id) && picked.size >= 4}
              title={!picked.has(r.id) && picked.size >= 4 ? tr("compareFull") : undefined}
              onChange={() => togglePick(r)}
            />
            <span className="min-w-6 text-right text-xs text-slate-400 tabular-nums">
              {(ranking.data?.offset ?? 0) + i + 1}
            </span>
            <button className="min-w-0 flex-1 text-left" onClick={() => setOpen(r.id)}>
              <span className="block truncate font-medium text-slate-900">{r.creator.name}</span>
              {/* on a phone the second line wraps: subscribers and views are the point */}
              <span className="block text-xs text-slate-500 sm:truncate">
                {r.creator.channelTitle} · {r.creator.tier ? tierLabel(r.creator.tier) : ""}
                {r.creator.subscribers !== null
                  ? ` · ${tr("subs", { count: formatCompact(r.creator.subscribers) })}`
                  : ""}{" "}
                ·{" "}
                {tr("views", {
                  range: range(wholeRange(r.forecast.views.min, r.forecast.views.max)),
                })}
                <PlaceSuffix creator={r.creator} />
              </span>
            </button>
            {r.match ? (
              // on a phone, a line of its own under the name: beside it, the name had
              // a few characters' width left
              <span className="order-last w-full pl-14 sm:order-none sm:w-auto sm:pl-0">
                {endedWithoutAgreement(r.match.status) ? (
                  <Badge tone="neutral">
                    {tr("lastProposal", { status: te(`matchStatus.${r.match.status}`) })}
                  </Badge>
                ) : (
                  <Badge tone="violet">
                    {tr("matched", { status: te(`matchStatus.${r.match.status}`) })}
                  </Badge>
                )}
              </span>
            ) : null}
            {sort === "value" ? (
              // ordered by value per won: the row shows that figure, the fit score beside it
              <span
                className="min-w-28 text-right whitespace-nowrap tabular-nums"
                title={tr("valueTitle")}
              >
                {/* Above the budget the figure would read 0: say why instead. A fee the
                    creator has not set is the tier's estimate: "≈" says so. */}
                <span
                  className={`block text-sm font-semibold ${r.value.withinBudget ? "" : "text-amber-700"}`}
                >
                  {!r.value.withinBudget
                    ? tr(r.value.costEstimated ? "overBudgetEstimated" : "overBudget")
                    : tr(r.value.costEstimated ? "valuePerMillionEstimated" : "valuePerMillion", {
                        views: formatCompact(Math.round(r.value.targetViewsPerMillion)),
                      })}
                </span>
                <span className="block text-xs text-slate-500">
                  {tr("fitShort", { score: r.score.toFixed(0) })}
                </span>
              </span>
            ) : (
              <span
                className="w-14 text-right text-lg font-semibold tabular-nums"
                title={tr("fitScore")}
              >
                {r.score.toFixed(0)}
              </span>
            )}
            <button
              className="text-xl"
              aria-pressed={shortlist.ids.includes(r.id)}
              aria-label={tr("shortlistOne", { name: r.creator.name })}
              onClick={() =>
                shortlist.toggle.mutate({ creatorId: r.id, on: !shortlist.ids.includes(r.id) })
              }
            >
              {shortlist.ids.includes(r.id) ? "★" : "☆"}
            </button>
          </li>
        ))}
        {!ranking.isLoading && rows.length === 0 ? (
          <li className="p-6 text-center text-sm text-slate-500">{tr("noneOnPage")}</li>
        ) : null}
      </ol>

      <div className="mt-3 flex gap-2">
        <button
          className={BUTTON_SECONDARY}
          disabled={!params.get("cursor")}
          onClick={() => page(null)}
        >
          {tr("firstPage")}
        </button>
        <button
          className={BUTTON_SECONDARY}
          disabled={!ranking.data?.nextCursor}
          onClick={() => page(ranking.data?.nextCursor ?? null)}
        >
          {tr("nextPage")}
        </button>
      </div>

      {open ? (
        <CreatorPanel
          campaignId={campaignId}
          campaignStatus={campaignStatus}
          setCampaignStatus={setCampaignStatus}
          row={open}
          listFilters={shownFilters}
          notListed={!onPage && !detail.isPlaceholderData && detail.data?.filteredOut != null}
          onClose={() => setOpen(null)}
        />
      ) : openId !== null && (unavailable || detail.isFetching) ? (
        <div
          role={unavailable ? "alert" : "status"}
          className="fixed inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[90vw] items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg"
        >
          {unavailable ? tr("creatorUnavailable") : tr("creatorLoading")}
          {unavailable ? (
            <button className="underline" onClick={() => setOpen(null)}>
              {tw("close")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A ranked row from one creator's detail: the same score, factors and forecast. */
function rowFromDetail(d: CreatorDetail): RankedRow | null {
  const { creator, filteredOut: _, ...result } = d;
  if (creator.tier === null) return null;
  return {
    ...result,
    creator: {
      name: creator.name,
      channelTitle: creator.channel?.title || null,
      tier: creator.tier,
      subscribers: creator.channel?.subscribers ?? null,
      region: creator.region,
      district: creator.district,
    },
    match: d.match,
  };
}

/** The part of a query string the ranking reads (what the filter form shows). */
function filterPart(search: string): string {
  const all = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const k of API_PARAMS) {
    const v = all.get(k);
    if (v !== null && k !== "cursor") kept.set(k, v);
  }
  return kept.toString();
}
