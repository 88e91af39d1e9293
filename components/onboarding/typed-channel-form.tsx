"use client";
// For creators without YouTube: an Instagram or TikTok account with figures they type
// in. Brands see them labelled "estimated".
import type { FormEvent } from "react";
import { BUTTON, INPUT } from "@/components/workflow/offer-form";
import { saveTypedChannel } from "@/lib/creators/onboarding-actions";
import { FieldError, FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

const num = (v: FormDataEntryValue | null) => {
  const s = String(v ?? "").replace(/[,\s%]/g, "");
  return s === "" ? NaN : Number(s);
};

export function TypedChannelForm() {
  const { submit, err, message, pending } = useActionForm();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const engagement = String(d.get("engagementPercent") ?? "").trim();
    submit(
      () =>
        saveTypedChannel({
          platform: String(d.get("platform")) as "INSTAGRAM" | "TIKTOK",
          handle: String(d.get("handle") ?? ""),
          followers: num(d.get("followers")),
          typicalViews: num(d.get("typicalViews")),
          engagementPercent: engagement === "" ? null : num(engagement),
        }),
      "Saved. Brands see these figures labelled “estimated”.",
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Figures without YouTube">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-medium text-slate-800">
          Platform
          <select name="platform" className={`${INPUT} mt-1`} defaultValue="INSTAGRAM">
            <option value="INSTAGRAM">Instagram</option>
            <option value="TIKTOK">TikTok</option>
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-800">
          Handle
          <input
            name="handle"
            placeholder="@yourname"
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("handle")}
          />
          <FieldError id="handle-error" text={err("handle")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          Followers
          <input
            name="followers"
            inputMode="numeric"
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("followers")}
          />
          <FieldError id="followers-error" text={err("followers")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          Typical views per post
          <input
            name="typicalViews"
            inputMode="numeric"
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("typicalViews")}
          />
          <FieldError id="typicalViews-error" text={err("typicalViews")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          Engagement rate % <span className="font-normal text-slate-500">(optional)</span>
          <input
            name="engagementPercent"
            inputMode="decimal"
            placeholder="e.g. 4.5"
            className={`${INPUT} mt-1`}
          />
          <span className="text-xs font-normal text-slate-500">
            (likes + comments) / views of a typical post
          </span>
          <FieldError id="engagementPercent-error" text={err("engagementPercent")} />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON} disabled={pending}>
          {pending ? "Saving…" : "Save as estimated figures"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
