"use client";
// The message thread of a match, for both sides, with a box to write.
import { useState, type FormEvent } from "react";
import { formatDateTime, formatMoney } from "@/lib/reporting/format";
import { useMessages, usePostMessage } from "./hooks";
import { BUTTON, INPUT } from "./offer-form";

const KIND_LABEL: Record<string, string> = {
  PROPOSAL: "Proposal",
  COUNTER_OFFER: "Counter-offer",
  SYSTEM: "Update",
};

export function MatchThread({ matchId, currency }: { matchId: string; currency: string }) {
  const messages = useMessages(matchId);
  const post = usePostMessage(matchId);
  const [text, setText] = useState("");
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    post.mutate(text, { onSuccess: () => setText("") });
  }
  return (
    <div className="grid gap-3">
      <ol className="grid gap-2" aria-label="Messages">
        {(messages.data?.messages ?? []).map((m) => (
          <li
            key={m.id}
            className={`rounded-lg p-3 text-sm ${m.sender === null ? "bg-slate-50 text-slate-600" : m.sender.role === "CREATOR" ? "bg-emerald-50" : "bg-blue-50"}`}
          >
            <p className="text-xs text-slate-500">
              {m.sender ? (m.sender.name ?? m.sender.role.toLowerCase()) : "Creator Match"} ·{" "}
              {formatDateTime(m.at)}
              {KIND_LABEL[m.kind] ? ` · ${KIND_LABEL[m.kind]}` : ""}
              {m.amount !== null ? ` · ${formatMoney(m.amount, currency)}` : ""}
            </p>
            <p className="mt-1 whitespace-pre-wrap text-slate-900">{m.body}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="flex gap-2">
        <label className="sr-only" htmlFor={`msg-${matchId}`}>
          Message
        </label>
        <input
          id={`msg-${matchId}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={4000}
          placeholder="Write a message…"
          className={INPUT}
        />
        <button type="submit" className={BUTTON} disabled={post.isPending}>
          Send
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
