"use client";
import { useTranslations } from "next-intl";
import { localizeIssue } from "@/lib/i18n/localize-issue";
// An offer (fee, deliverables, dates, message): the brand's proposal or either side's
// counter-offer. Validated with the API's own schema before sending; the API's field
// messages (422) show next to the same fields.
import { useState, type FormEvent } from "react";
import { OfferSchema, type Offer } from "@/lib/matches/schemas";
import { formNumber } from "@/components/ui/form-number";

export function OfferForm({
  submitLabel,
  initial,
  pending,
  serverFields,
  onSubmit,
}: {
  submitLabel: string;
  initial?: Partial<Offer>;
  pending?: boolean;
  serverFields?: Record<string, string[]>;
  onSubmit: (offer: Offer) => void;
}) {
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const t = useTranslations("actions");
  const tt = useTranslations("moneyTerms");
  const tv = useTranslations("validation");
  const shown = { ...prefixless(serverFields), ...fields };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget));
    const parsed = OfferSchema.safeParse({
      amount: formNumber(data.amount),
      commissionRateBp: percentToBp(String(data.commissionPercent ?? "")),
      deliverables: data.deliverables,
      startsOn: data.startsOn || null,
      endsOn: data.endsOn || null,
      message: data.message || null,
    });
    if (!parsed.success) {
      const f: Record<string, string[]> = {};
      for (const i of parsed.error.issues) {
        const field = String(i.path[0]);
        // the schema speaks basis points; the field is in percent, so say it in percent
        const text =
          field === "commissionRateBp" ? tt("offer.commissionInvalid") : localizeIssue(i, tv);
        (f[field] ??= []).push(text);
      }
      setFields(f);
      return;
    }
    setFields({});
    onSubmit(parsed.data);
  }

  return (
    <form onSubmit={submit} className="grid gap-3 text-sm" noValidate>
      <Field label={t("fee")} name="amount" error={shown.amount}>
        <input
          name="amount"
          inputMode="numeric"
          defaultValue={initial?.amount}
          className={INPUT}
          aria-invalid={Boolean(shown.amount)}
        />
      </Field>
      <Field
        label={tt("offer.commissionLabel")}
        name="commissionRateBp"
        error={shown.commissionRateBp}
      >
        <input
          name="commissionPercent"
          inputMode="decimal"
          placeholder="0"
          defaultValue={initial?.commissionRateBp ? initial.commissionRateBp / 100 : ""}
          className={INPUT}
          aria-invalid={Boolean(shown.commissionRateBp)}
          aria-describedby="commission-help"
        />
        <span id="commission-help" className="text-xs text-slate-500">
          {tt("offer.commissionHelp")}
        </span>
      </Field>
      <Field label={t("deliverables")} name="deliverables" error={shown.deliverables}>
        <input
          name="deliverables"
          defaultValue={initial?.deliverables ?? t("defaultDeliverables")}
          className={INPUT}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("start")} name="startsOn" error={shown.startsOn}>
          <input
            type="date"
            name="startsOn"
            defaultValue={initial?.startsOn ?? ""}
            className={INPUT}
          />
        </Field>
        <Field label={t("end")} name="endsOn" error={shown.endsOn}>
          <input type="date" name="endsOn" defaultValue={initial?.endsOn ?? ""} className={INPUT} />
        </Field>
      </div>
      <Field label={t("message")} name="message" error={shown.message}>
        <textarea name="message" rows={3} defaultValue={initial?.message ?? ""} className={INPUT} />
      </Field>
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? t("sending") : submitLabel}
      </button>
    </form>
  );
}

/**
 * The form takes the commission in percent (what people say: "12.5 %"); the API in
 * basis points. Empty = no commission; 12.345 % stays fractional so the schema refuses it.
 */
function percentToBp(text: string): number | undefined {
  const t = text.trim().replace(/%$/, "").trim();
  if (t === "") return undefined;
  return Number((Number(t) * 100).toFixed(6));
}

/** "offer.amount" → "amount", so API field errors land on the form's fields. */
function prefixless(f?: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(f ?? {})) out[k.replace(/^offer\./, "")] = v;
  return out;
}

export const INPUT =
  "w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-900 focus:border-blue-500 focus:outline-none aria-invalid:border-red-500";
export const BUTTON =
  "rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50";
export const BUTTON_SECONDARY =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50";

export function Field({
  label,
  name,
  error,
  children,
}: {
  label: string;
  name: string;
  error?: string[];
  children: React.ReactNode;
}) {
  return (
    <label className="grid gap-1" htmlFor={undefined}>
      <span className="text-xs font-medium text-slate-600">{label}</span>
      {children}
      {error?.length ? (
        <span className="text-xs text-red-600" data-field-error={name}>
          {error.join(" ")}
        </span>
      ) : null}
    </label>
  );
}
