"use client";
// The creator's prices in won: per video, per short, per post and per store visit.
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

const FIELDS: { key: keyof Rates; label: string; hint: string }[] = [
  { key: "perVideo", label: "Per video", hint: "a dedicated or integrated YouTube video" },
  { key: "perShort", label: "Per short", hint: "a YouTube Short, Reel or TikTok" },
  { key: "perPost", label: "Per post", hint: "a community, Instagram or blog post" },
  { key: "perVisit", label: "Per store visit", hint: "visiting a local store on camera" },
];

const amount = (v: FormDataEntryValue | null) => {
  const s = String(v ?? "").replace(/[,\s₩]/g, "");
  return s === "" ? null : Number(s);
};

export function RateCardForm({ rates }: { rates: Rates }) {
  const { submit, err, message, pending } = useActionForm();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const input = Object.fromEntries(FIELDS.map((f) => [f.key, amount(d.get(f.key))])) as Rates;
    submit(() => saveRateCard(input), "Rate card saved: brands see it with every proposal.");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Rate card">
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <label key={f.key} className="block text-sm font-medium text-slate-800">
            {f.label} (₩)
            <input
              name={f.key}
              inputMode="numeric"
              defaultValue={rates[f.key] ?? ""}
              placeholder="e.g. 800000"
              className={`${INPUT} mt-1`}
              aria-invalid={!!err(f.key)}
              aria-describedby={`${f.key}-hint`}
            />
            <span id={`${f.key}-hint`} className="text-xs font-normal text-slate-500">
              {f.hint}; leave empty if you do not offer it
            </span>
            <FieldError id={`${f.key}-error`} text={err(f.key)} />
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON} disabled={pending}>
          {pending ? "Saving…" : "Save rate card"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
