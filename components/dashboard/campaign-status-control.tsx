"use client";
// Buttons that move a campaign to its next statuses through a server action; the
// server re-checks the move, the role and the ownership.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/action";
import { nextCampaignStatuses } from "@/lib/campaigns/campaign-status";
import type { CampaignStatus } from "@/lib/db/generated/enums";

export type SetCampaignStatus = (input: {
  campaignId: string;
  status: CampaignStatus;
}) => Promise<ActionResult<{ id: string; status: CampaignStatus }>>;

const BUTTON_SIZE = {
  // in a list row, beside the campaign's title
  sm: "rounded border px-2 py-0.5 text-xs",
  // in a page header, beside its other buttons
  md: "rounded-md border px-3 py-1.5 text-sm font-medium",
};

export function CampaignStatusControl(props: {
  campaignId: string;
  campaignTitle: string;
  status: CampaignStatus;
  setStatus: SetCampaignStatus;
  size?: keyof typeof BUTTON_SIZE;
}) {
  const t = useTranslations("campaignList");
  const [pending, startTransition] = useTransition();
  const label = (status: CampaignStatus) =>
    t(`statusAction.${props.status === "PAUSED" && status === "ACTIVE" ? "resume" : status}`);
  const [error, setError] = useState<string | null>(null);
  const next = nextCampaignStatuses(props.status);
  if (next.length === 0) return null;

  return (
    <div className={`flex flex-wrap items-center ${props.size === "md" ? "gap-2" : "mt-1 gap-1"}`}>
      {next.map((status) => (
        <button
          key={status}
          type="button"
          disabled={pending}
          aria-label={t("statusActionLabel", {
            action: label(status),
            campaign: props.campaignTitle,
          })}
          onClick={() => {
            // Completing is final (the status machine has no way back): ask first.
            if (
              status === "COMPLETED" &&
              !window.confirm(t("confirmComplete", { campaign: props.campaignTitle }))
            )
              return;
            startTransition(async () => {
              const result = await props.setStatus({ campaignId: props.campaignId, status });
              setError(result.ok ? null : result.error.message);
            });
          }}
          className={`${BUTTON_SIZE[props.size ?? "sm"]} border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:opacity-50`}
        >
          {label(status)}
        </button>
      ))}
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
