"use client";
import { useTranslations } from "next-intl";
// Approve or reject the selected proposals of the review queue with one reason the
// brand will read; reports per match what happened (one may have moved meanwhile).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { reviewQueueKeys } from "@/components/dashboard/use-review-queue";
import { ApiError, fetchJson } from "./fetch-json";
import { useSingleFlight } from "./hooks";
import { workflowKeys } from "./keys";
import { BUTTON, BUTTON_SECONDARY, INPUT } from "./offer-form";

type Outcome = { id: string; ok: boolean; message?: string };

export function ReviewDecisions({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const qc = useQueryClient();
  const t = useTranslations("actions");
  const [reason, setReason] = useState("");
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const decide = useMutation({
    mutationFn: (decision: "APPROVE" | "REJECT") =>
      fetchJson<{ results: Outcome[] }>("/api/v1/admin/review-queue/decisions", {
        method: "POST",
        body: { matchIds: selected, decision, reason },
      }),
    onSuccess: (data) => {
      setOutcomes(data.results);
      setReason("");
      onDone();
      void qc.invalidateQueries({ queryKey: reviewQueueKeys.all });
      void qc.invalidateQueries({ queryKey: workflowKeys.matches() });
    },
  });
  const decideOnce = useSingleFlight(decide);
  const error = decide.error instanceof ApiError ? decide.error : null;
  const failed = outcomes?.filter((o) => !o.ok) ?? [];
  return (
    <div
      className="mb-3 grid gap-2 rounded-lg bg-slate-50 p-3 text-sm"
      aria-label={t("reviewDecision")}
    >
      <label className="grid gap-1">
        <span className="text-xs font-medium text-slate-600">
          {t("reasonForBrand", { count: selected.length })}
        </span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={1000}
          className={INPUT}
        />
      </label>
      {error ? (
        <p role="alert" className="text-red-700">
          {Object.values(error.fields).flat().join(" ") || error.message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          className={BUTTON}
          disabled={!selected.length || decide.isPending}
          onClick={() => decideOnce("APPROVE")}
        >
          {t("approveSelected")}
        </button>
        <button
          className={BUTTON_SECONDARY}
          disabled={!selected.length || decide.isPending}
          onClick={() => decideOnce("REJECT")}
        >
          {t("rejectSelected")}
        </button>
      </div>
      {outcomes ? (
        <p role="status">
          {failed.length
            ? t("decidedWithFailures", {
                count: outcomes.length - failed.length,
                failed: failed.length,
                messages: failed.map((f) => f.message).join("; "),
              })
            : t("decided", { count: outcomes.length })}
        </p>
      ) : null}
    </div>
  );
}
