"use client";
// Client-side context for the whole app. One QueryClient per browser tab (kept in
// state so re-renders do not drop the cache); server components fetch their own data
// and hand it down, so queries here are for client-side paging and refreshes.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // Server-rendered data is fresh when the page arrives.
            staleTime: 30_000,
            refetchOnWindowFocus: false,
            // 4xx answers (signed out, forbidden, bad input) will not fix themselves.
            retry: (count, error) =>
              !(error instanceof HttpError && error.status < 500) && count < 2,
          },
        },
      }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Thrown by client fetchers for a non-2xx answer, carrying the API's error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}
