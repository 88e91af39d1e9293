"use client";
// The creator's form for linking a sponsored video: a YouTube URL or id, checked by
// the server (format, the video exists, the match is theirs and accepted).
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/action";

export type LinkVideo = (input: {
  matchId: string;
  video: string;
}) => Promise<ActionResult<{ videoId: string; baselineViews: number | null }>>;

export function LinkVideoForm({ matchId, linkVideo }: { matchId: string; linkVideo: LinkVideo }) {
  const t = useTranslations("report.videos");
  const [pending, startTransition] = useTransition();
  const [video, setVideo] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="mt-3 flex flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const r = await linkVideo({ matchId, video });
          if (r.ok) {
            setVideo("");
            setMessage({ ok: true, text: t("linked", { videoId: r.data.videoId }) });
          } else {
            setMessage({ ok: false, text: r.error.fields?.video?.[0] ?? r.error.message });
          }
        });
      }}
    >
      <label className="flex min-w-0 flex-1 flex-col text-sm">
        <span className="mb-1 font-medium text-slate-700">{t("videoField")}</span>
        <input
          value={video}
          onChange={(e) => setVideo(e.target.value)}
          maxLength={300}
          required
          placeholder="https://youtu.be/…"
          className="min-w-0 rounded-md border border-slate-300 px-2 py-1.5"
          aria-invalid={message?.ok === false}
          aria-describedby="link-video-message"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
      >
        {pending ? t("linking") : t("link")}
      </button>
      <p
        id="link-video-message"
        role={message?.ok === false ? "alert" : "status"}
        className={`w-full text-xs ${message?.ok === false ? "text-red-700" : "text-emerald-700"}`}
      >
        {message?.text}
      </p>
    </form>
  );
}
