"use client";
// fetch for the JSON API from client components: a non-2xx answer becomes an
// HttpError with the API's message and field errors (forms show them by field).
import { HttpError } from "@/app/providers";

export class ApiError extends HttpError {
  constructor(
    status: number,
    message: string,
    code?: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(status, message, code);
  }
}

export async function fetchJson<T>(
  url: string,
  init?: { method?: string; body?: unknown },
): Promise<T> {
  const res = await fetch(url, {
    method: init?.method ?? "GET",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string; fields?: Record<string, string[]> };
    } | null;
    throw new ApiError(
      res.status,
      body?.error?.message ?? `Request failed (${res.status})`,
      body?.error?.code,
      body?.error?.fields,
    );
  }
  return (await res.json()) as T;
}
