"use client";
// Client access to GET /api/v1/admin/review-queue: the query key factory and one
// infinite-query hook, seeded with the page the server already rendered.
import { useInfiniteQuery } from "@tanstack/react-query";
import { HttpError } from "@/app/providers";
import type { ReviewQueuePage } from "@/lib/admin/review-queue-types";

export const reviewQueueKeys = {
  all: ["admin", "review-queue"] as const,
  list: (limit: number) => [...reviewQueueKeys.all, { limit }] as const,
};

export async function fetchReviewQueue(params: {
  limit: number;
  cursor: string | null;
}): Promise<ReviewQueuePage> {
  const search = new URLSearchParams({ limit: String(params.limit) });
  if (params.cursor) search.set("cursor", params.cursor);
  const res = await fetch(`/api/v1/admin/review-queue?${search}`, {
    headers: { accept: "application/json" },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new HttpError(
      res.status,
      body?.error?.message ?? `Request failed (${res.status})`,
      body?.error?.code,
    );
  }
  return (await res.json()) as ReviewQueuePage;
}

export function useReviewQueue(initial: ReviewQueuePage, limit: number) {
  return useInfiniteQuery({
    queryKey: reviewQueueKeys.list(limit),
    queryFn: ({ pageParam }) => fetchReviewQueue({ limit, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
  });
}
