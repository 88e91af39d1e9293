"use client";
// The message thread of a match, for both sides, with a box to write.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useMessages, usePostMessage, useSingleFlight } from "./hooks";
import { BUTTON, INPUT } from "./offer-form";
import { useSystemLine } from "./use-system-line";

// Message kinds with a label: workflow.kind.<kind>.
const LABELLED_KINDS = new Set(["PROPOSAL", "COUNTER_OFFER", "SYSTEM"]);

export function MatchThread({ matchId, currency }: { matchId: string; currency: string }) {
  const messages = useMessages(matchId);
  const post = usePostMessage(matchId);
  const postOnce = useSingleFlight(post);
  const [text, setText] = useState("");
  const t = useTranslations("workflow");
  const { formatDateTime, formatMoney } = useFormat();
  const systemLine = useSystemLine();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    postOnce(text, { onSuccess: () => setText("") });
  }
  return (
    <div className="grid gap-3">
      <ol className="grid gap-2" aria-label={t("messages")}>
        {(messages.data?.messages ?? []).map((m) => (
          <li
            key={m.id}
            className={`rounded-lg p-3 text-sm ${m.sender === null ? "bg-slate-50 text-slate-600" : m.sender.role === "CREATOR" ? "bg-emerald-50" : "bg-blue-50"}`}
          >
            <p className="text-xs text-slate-500">
              {m.sender
                ? (m.sender.name ?? t(`byRole.${m.sender.role.toLowerCase()}`))
                : m.kind === "SYSTEM"
                  ? "Creator Match"
                  : // a creator without an account, who answered by e-mail
                    t("byRole.creator")}{" "}
              · {formatDateTime(m.at)}
              {LABELLED_KINDS.has(m.kind) ? ` · ${t(`kind.${m.kind}`)}` : ""}
              {m.amount !== null ? ` · ${formatMoney(m.amount, currency)}` : ""}
              {m.internal ? ` · ${t("internalMessage")}` : ""}
            </p>
            {systemLine(m.line) !== null ? (
              <p className="mt-1 whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">
                {systemLine(m.line)}
              </p>
            ) : (
              // a platform line stored before lines had codes is English
              <p
                lang={m.kind === "SYSTEM" ? "en" : undefined}
                className="mt-1 whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]"
              >
                {m.body}
              </p>
            )}
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="flex gap-2">
        <label className="sr-only" htmlFor={`msg-${matchId}`}>
          {t("message")}
        </label>
        <input
          id={`msg-${matchId}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={4000}
          placeholder={t("writeMessage")}
          className={INPUT}
        />
        <button
          type="submit"
          className={`${BUTTON} shrink-0 whitespace-nowrap`}
          disabled={post.isPending}
        >
          {t("send")}
        </button>
      </form>
      {post.error ? (
        <p role="alert" className="text-sm text-red-700">
          {post.error.message}
        </p>
      ) : null}
    </div>
  );
}
