"use client";
// The creator's prices in won: per video, per short, per post and per store visit.
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { BUTTON, INPUT } from "@/components/workflow/offer-form";
import { saveRateCard } from "@/lib/creators/onboarding-actions";
import { FieldError, FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type Rates = {
  perVideo: number | null;
  perShort: number | null;
  perPost: number | null;
  perVisit: number | null;
};

const FIELDS: (keyof Rates)[] = ["perVideo", "perShort", "perPost", "perVisit"];

const amount = (v: FormDataEntryValue | null) => {
  const s = String(v ?? "").replace(/[,\s₩]/g, "");
  return s === "" ? null : Number(s);
};

export function RateCardForm({ rates }: { rates: Rates }) {
  const t = useTranslations("creatorProfile");
  const { submit, err, message, pending } = useActionForm();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const input = Object.fromEntries(FIELDS.map((f) => [f, amount(d.get(f))])) as Rates;
    submit(() => saveRateCard(input), t("rates.saved"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("rates.formLabel")}>
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <label key={f} className="block text-sm font-medium text-slate-800">
            {t(`rates.${f}.label`)}
            <input
              name={f}
              inputMode="numeric"
              defaultValue={rates[f] ?? ""}
              placeholder={t("rates.placeholder")}
              className={`${INPUT} mt-1`}
              aria-invalid={!!err(f)}
              aria-describedby={`${f}-hint`}
            />
            <span id={`${f}-hint`} className="text-xs font-normal text-slate-500">
              {t(`rates.${f}.hint`)}
            </span>
            <FieldError id={`${f}-error`} text={err(f)} />
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON} disabled={pending}>
          {pending ? t("saving") : t("rates.save")}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
