"use client";
// Connect / Refresh / Disconnect for the creator's YouTube channel. Refresh runs the
// sync on the server (a few seconds: channel, uploads, audience) and shows where it is;
// the page's figures are re-rendered from the database afterwards.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFormat } from "@/lib/i18n/use-format";
import type { YoutubeConnectionStatus } from "@/lib/youtube/get-youtube-connection";
import { OUTCOME_TONE, statusMessage } from "./connection-messages";

const TONE = {
  ok: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warn: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

export function YoutubeConnectionPanel({
  connection,
  outcome,
}: {
  connection: YoutubeConnectionStatus | null;
  outcome: string | null;
}) {
  const t = useTranslations("youtube");
  const { formatDateTime } = useFormat();
  const router = useRouter();
  const [busy, setBusy] = useState<"refresh" | "disconnect" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const flashTone = outcome ? OUTCOME_TONE[outcome] : undefined;

  async function call(kind: "refresh" | "disconnect") {
    if (kind === "disconnect" && !window.confirm(t("panel.confirmDisconnect"))) return;
    setBusy(kind);
    setError(null);
    try {
      const res = await fetch(
        kind === "refresh" ? "/api/youtube/sync" : "/api/youtube/connection",
        {
          method: kind === "refresh" ? "POST" : "DELETE",
        },
      );
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        setError(body?.error?.message ?? t("panel.serverAnswered", { status: res.status }));
      }
    } catch {
      setError(t("panel.unreachable"));
    } finally {
      setBusy(null);
      // Drop the one-off ?youtube= message and re-read the figures.
      startTransition(() => router.replace("/creator/youtube"));
      startTransition(() => router.refresh());
    }
  }

  const status = connection ? statusMessage(connection) : null;
  const statusText = status
    ? t(
        status.key,
        Object.fromEntries(
          Object.entries(status.values).map(([k, v]) => [
            k,
            k === "error" ? (v ?? "") : formatDateTime(v),
          ]),
        ),
      )
    : null;
  return (
    <div className="space-y-3">
      {flashTone ? (
        <p role="status" className={`rounded-md border px-3 py-2 text-sm ${TONE[flashTone]}`}>
          {t(`outcome.${outcome}`)}
        </p>
      ) : null}
      {status ? (
        <p
          data-testid="youtube-status"
          role="status"
          className={`rounded-md border px-3 py-2 text-sm ${TONE[status.tone]}`}
        >
          {statusText}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("panel.intro")}</p>
      )}
      {connection && !connection.analyticsGranted ? (
        <p className="text-sm text-amber-800">{t("panel.noAnalytics")}</p>
      ) : null}
      {busy === "refresh" ? (
        <p
          role="status"
          aria-live="polite"
          className="flex items-center gap-2 text-sm text-slate-700"
        >
          <span
            aria-hidden="true"
            className="h-3 w-3 animate-spin rounded-full border-2 border-blue-600 border-t-transparent"
          />
          {t("panel.refreshing")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {connection ? (
          <>
            <button
              type="button"
              onClick={() => void call("refresh")}
              disabled={busy !== null}
              className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
            >
              {busy === "refresh" ? t("panel.refreshingButton") : t("panel.refresh")}
            </button>
            <a
              href="/api/youtube/connect"
              className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              {t("panel.connectAgain")}
            </a>
            <button
              type="button"
              onClick={() => void call("disconnect")}
              disabled={busy !== null}
              className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
            >
              {busy === "disconnect" ? t("panel.disconnecting") : t("panel.disconnect")}
            </button>
          </>
        ) : (
          <a
            href="/api/youtube/connect"
            className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700"
          >
            {t("panel.connect")}
          </a>
        )}
      </div>
    </div>
  );
}
