"use client";
// For creators without YouTube: an Instagram or TikTok account with figures they type
// in. Brands see them labelled "estimated".
import { useTranslations } from "next-intl";
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
  const t = useTranslations("creatorProfile.typed");
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
      t("saved"),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("formLabel")}>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-medium text-slate-800">
          {t("platform")}
          <select name="platform" className={`${INPUT} mt-1`} defaultValue="INSTAGRAM">
            <option value="INSTAGRAM">{t("instagram")}</option>
            <option value="TIKTOK">{t("tiktok")}</option>
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("handle")}
          <input
            name="handle"
            placeholder={t("handlePlaceholder")}
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("handle")}
          />
          <FieldError id="handle-error" text={err("handle")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("followers")}
          <input
            name="followers"
            inputMode="numeric"
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("followers")}
          />
          <FieldError id="followers-error" text={err("followers")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("typicalViews")}
          <input
            name="typicalViews"
            inputMode="numeric"
            className={`${INPUT} mt-1`}
            aria-invalid={!!err("typicalViews")}
          />
          <FieldError id="typicalViews-error" text={err("typicalViews")} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("engagement")}
          <input
            name="engagementPercent"
            inputMode="decimal"
            placeholder={t("engagementPlaceholder")}
            className={`${INPUT} mt-1`}
          />
          <span className="text-xs font-normal text-slate-500">{t("engagementHint")}</span>
          <FieldError id="engagementPercent-error" text={err("engagementPercent")} />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
