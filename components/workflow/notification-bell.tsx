"use client";
// The bell in the header: unread count and the newest notifications, each linking to
// its match; opening the list marks them read.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useNotifications } from "./hooks";

export function NotificationBell() {
  const { query, markAll } = useNotifications();
  const [open, setOpen] = useState(false);
  const unread = query.data?.unread ?? 0;
  const t = useTranslations("workflow");
  const { formatDateTime } = useFormat();
  return (
    <div className="relative">
      <button
        aria-label={t("notifications", { count: unread })}
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          if (!open && unread > 0) markAll.mutate();
        }}
        className="relative rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100"
      >
        {/* An SVG, not the emoji: machines without an emoji font drew an empty box. */}
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 ? (
          <span className="absolute -right-1 -top-1 rounded-full bg-red-600 px-1.5 text-[10px] font-bold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="fixed inset-x-2 top-14 z-20 rounded-lg border border-slate-200 bg-white p-2 shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-[22rem]">
          {(query.data?.items ?? []).length === 0 ? (
            <p className="p-2 text-sm text-slate-500">{t("noNotifications")}</p>
          ) : (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto text-sm">
              {query.data!.items.map((n) => (
                <li key={n.id} className="p-2">
                  {n.matchId ? (
                    <Link
                      href={`/matches/${n.matchId}`}
                      className="font-medium hover:underline"
                      onClick={() => setOpen(false)}
                    >
                      {n.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{n.title}</span>
                  )}
                  <p className="text-xs text-slate-600">{n.body}</p>
                  <p className="text-[11px] text-slate-400">{formatDateTime(n.at)}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
