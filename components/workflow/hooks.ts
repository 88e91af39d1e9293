"use client";
// One hook per workflow endpoint, keyed by workflowKeys.
import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutateOptions,
  type UseMutationResult,
} from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import type { CreatorDetailDisplay, CurrentMatch } from "@/lib/creators/load-creator-detail";
import type { MatchResult } from "@/lib/matching/engine/types";
import type { ReviewLine } from "@/lib/matches/review-lines";
import type { TransitionInput } from "@/lib/matches/schemas";
import { fetchJson } from "./fetch-json";
import { workflowKeys } from "./keys";
import type { MatchDetail, Message, RankingPage } from "./types";

/**
 * A mutation's `mutate` that ignores a call while one is in flight. A double click fires
 * its second click before `isPending` re-renders the button disabled: the second request
 * then met the first one's new version and the page reported the user's own step as
 * "someone else acted first" (or posted a message twice).
 */
export function useSingleFlight<TData, TError, TVariables>(
  mutation: UseMutationResult<TData, TError, TVariables>,
) {
  const busy = useRef(false);
  const { mutate } = mutation;
  return useCallback(
    (variables: TVariables, options?: MutateOptions<TData, TError, TVariables>) => {
      if (busy.current) return;
      busy.current = true;
      mutate(variables, {
        ...options,
        onSettled: (...args) => {
          busy.current = false;
          options?.onSettled?.(...args);
        },
      });
    },
    [mutate],
  );
}

export function useRanking(campaignId: string, params: URLSearchParams) {
  const qs = params.toString();
  return useQuery({
    queryKey: workflowKeys.ranking(campaignId, qs),
    queryFn: () => fetchJson<RankingPage>(`/api/v1/campaigns/${campaignId}/creators?${qs}`),
    placeholderData: (prev) => prev,
  });
}

/** One creator scored for the campaign, with where each figure came from (the API's answer). */
export type CreatorDetail = MatchResult & {
  filteredOut: string | null;
  match: CurrentMatch;
  creator: CreatorDetailDisplay;
};

// The detail panel's extra read: where each figure came from, and the last videos; also
// the whole breakdown of a creator who is not on the page shown (a shortlist entry, a
// shared link).
/** One creator scored for the campaign, checked against the list's `filters` (a query string). */
export function useCreatorDetail(campaignId: string, creatorId: string | null, filters: string) {
  return useQuery({
    queryKey: workflowKeys.creatorDetail(campaignId, creatorId ?? "", filters),
    queryFn: () =>
      fetchJson<CreatorDetail>(
        `/api/v1/campaigns/${campaignId}/creators/${creatorId}${filters ? `?${filters}` : ""}`,
      ),
    // other filters (Back, Forward) keep the same creator's breakdown up while it is
    // checked anew; another creator's never stands in
    placeholderData: (previous) => (previous?.id === creatorId ? previous : undefined),
    enabled: creatorId !== null,
  });
}

export type Shortlist = {
  creatorIds: string[];
  entries: { creatorId: string; name: string; match: { id: string; status: string } | null }[];
};

export function useShortlist(campaignId: string) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: workflowKeys.shortlist(campaignId),
    queryFn: () => fetchJson<Shortlist>(`/api/v1/campaigns/${campaignId}/shortlist`),
  });
  const toggle = useMutation({
    mutationFn: ({ creatorId, on }: { creatorId: string; on: boolean }) =>
      fetchJson<Shortlist>(`/api/v1/campaigns/${campaignId}/shortlist`, {
        method: on ? "POST" : "DELETE",
        body: { creatorId },
      }),
    onSuccess: (data) => qc.setQueryData(workflowKeys.shortlist(campaignId), data),
  });
  return { ids: query.data?.creatorIds ?? [], entries: query.data?.entries ?? [], toggle };
}

export function useMatch(id: string, initial?: MatchDetail) {
  return useQuery({
    queryKey: workflowKeys.match(id),
    queryFn: async () => (await fetchJson<{ match: MatchDetail }>(`/api/v1/matches/${id}`)).match,
    initialData: initial,
  });
}

export function useMessages(id: string) {
  return useQuery({
    queryKey: workflowKeys.messages(id),
    queryFn: () => fetchJson<{ messages: Message[] }>(`/api/v1/matches/${id}/messages`),
  });
}

export function usePostMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      fetchJson<{ messages: Message[] }>(`/api/v1/matches/${id}/messages`, {
        method: "POST",
        body: { body },
      }),
    onSuccess: (data) => qc.setQueryData(workflowKeys.messages(id), data),
  });
}

export function useTransition(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionInput) =>
      fetchJson<{ match: { status: string; version: number } }>(
        `/api/v1/matches/${id}/transitions`,
        { method: "POST", body: input },
      ),
    // success or 409: either way the match on screen is out of date
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: workflowKeys.matches() });
      void qc.invalidateQueries({ queryKey: workflowKeys.notifications() });
    },
  });
}

export type ProposeBody = {
  campaignId: string;
  creatorId: string;
  offer: {
    amount: number;
    deliverables: string;
    startsOn?: string | null;
    endsOn?: string | null;
    message?: string | null;
  };
};

export function usePropose() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeBody) =>
      fetchJson<{
        match: {
          id: string;
          status: string;
          version: number;
          review: { required: boolean; reasons: string[]; lines: ReviewLine[] };
        };
        campaignActivated: boolean;
      }>("/api/v1/matches", { method: "POST", body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}

export type Notifications = {
  unread: number;
  items: {
    id: string;
    matchId: string | null;
    title: string;
    body: string;
    read: boolean;
    at: string;
  }[];
};

export function useNotifications() {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: workflowKeys.notifications(),
    queryFn: () => fetchJson<Notifications>("/api/v1/notifications?limit=15"),
    refetchInterval: 30_000,
  });
  const markAll = useMutation({
    mutationFn: () =>
      fetchJson("/api/v1/notifications/read", { method: "POST", body: { all: true } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: workflowKeys.notifications() }),
  });
  return { query, markAll };
}
