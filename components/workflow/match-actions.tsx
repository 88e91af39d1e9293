"use client";
import { useTranslations } from "next-intl";
import { localizeIssue } from "@/lib/i18n/localize-issue";
// What the signed-in side can do with a match now, from the state machine's answer
// (`allowed`) and the offer on the table: approve or reject a review, accept, decline
// with a reason, counter, or complete with the actual results. Every step sends the
// version on screen; if someone else moved first the API answers 409 and this says
// what changed, then shows the new state.
import { useState, type FormEvent } from "react";
import { ActualsSchema } from "@/lib/matches/schemas";
import { formNumber } from "@/components/ui/form-number";
import { useFormat } from "@/lib/i18n/use-format";
import type { Actuals, TransitionInput } from "@/lib/matches/schemas";
import { resultWarnings, type ResultWarning } from "@/lib/matches/result-warnings";
import { storedForecast } from "@/lib/matches/forecast-ranges";
import { ApiError } from "./fetch-json";
import { useSingleFlight, useTransition as useMatchTransition } from "./hooks";
import { BUTTON, BUTTON_SECONDARY, Field, INPUT, OfferForm } from "./offer-form";
import type { MatchDetail } from "./types";

type Mode = null | "decline" | "withdraw" | "counter" | "complete" | "approve" | "reject";

export function MatchActions({ match, role }: { match: MatchDetail; role: string }) {
  const step = useMatchTransition(match.id);
  const stepOnce = useSingleFlight(step);
  const t = useTranslations("actions");
  const tv = useTranslations("validation");
  const { formatInteger, formatMoney } = useFormat();
  const [mode, setMode] = useState<Mode>(null);
  const [actualsErrors, setActualsErrors] = useState<Record<string, string[]>>({});
  // results that look like a typo, shown once before they are sent anyway
  const [doubtful, setDoubtful] = useState<{ actuals: Actuals; warnings: ResultWarning[] } | null>(
    null,
  );
  const error = step.error instanceof ApiError ? step.error : null;
  const lastOffer = match.offers.at(-1);
  const mySide = role === "CREATOR" ? "CREATOR" : "BRAND";
  const can = (to: string) => (match.allowed as string[]).includes(to);
  const review = match.review.status === "PENDING" && match.status === "PENDING";
  // a proposal that has not gone out yet: the brand withdraws it, the creator never saw it
  const unsent = match.status === "PENDING";

  function send(input: Omit<TransitionInput, "version">) {
    stepOnce({ ...input, version: match.version }, { onSuccess: () => setMode(null) });
  }
  function reason(e: FormEvent<HTMLFormElement>, to: "REJECTED" | "CONTACTED") {
    e.preventDefault();
    const note = String(new FormData(e.currentTarget).get("note") ?? "").trim();
    send({ to, note: note || null });
  }
  function complete(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const parsed = ActualsSchema.safeParse({
      views: formNumber(d.get("views")),
      clicks: formNumber(d.get("clicks")),
      sales: formNumber(d.get("sales")),
      revenue: formNumber(d.get("revenue")),
    });
    if (!parsed.success) {
      const f: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (f[String(i.path[0])] ??= []).push(localizeIssue(i, tv));
      setActualsErrors(f);
      return;
    }
    setActualsErrors({});
    const warnings = resultWarnings(parsed.data, storedForecast(match.forecast));
    const same = doubtful && JSON.stringify(doubtful.actuals) === JSON.stringify(parsed.data);
    if (warnings.length > 0 && !same) {
      setDoubtful({ actuals: parsed.data, warnings });
      return;
    }
    setDoubtful(null);
    send({ to: "COMPLETED", actuals: parsed.data });
  }
  const warningText = (w: ResultWarning) =>
    w.code === "clicksAboveViews"
      ? t("warn.clicksAboveViews", {
          clicks: formatInteger(w.clicks),
          views: formatInteger(w.views),
        })
      : w.code === "farAboveForecast"
        ? t("warn.farAboveForecast", {
            views: formatInteger(w.views),
            max: formatInteger(w.forecastMax),
          })
        : t("warn.revenueWithoutSales");

  const buttons: { label: string; onClick: () => void; primary?: boolean }[] = [];
  if (role === "ADMIN" && review) {
    buttons.push({ label: t("approve"), onClick: () => setMode("approve"), primary: true });
    buttons.push({ label: t("reject"), onClick: () => setMode("reject") });
  } else if (role !== "ADMIN" || !review) {
    if (can("CONTACTED") && !review)
      buttons.push({
        label: t("sendToCreator"),
        onClick: () => send({ to: "CONTACTED" }),
        primary: true,
      });
    if (can("ACCEPTED") && lastOffer && lastOffer.side !== mySide) {
      buttons.push({
        label: lastOffer.side === "CREATOR" ? t("acceptCounter") : t("accept"),
        onClick: () => send({ to: "ACCEPTED" }),
        primary: true,
      });
    }
    if (can("REJECTED") && unsent) {
      buttons.push(
        role === "ADMIN"
          ? { label: t("reject"), onClick: () => setMode("reject") }
          : { label: t("withdraw"), onClick: () => setMode("withdraw") },
      );
    } else if (can("REJECTED")) {
      buttons.push({ label: t("decline"), onClick: () => setMode("decline") });
    }
    if (can("NEGOTIATING") && lastOffer?.side !== mySide) {
      buttons.push({ label: t("counterOffer"), onClick: () => setMode("counter") });
    }
    if (can("COMPLETED"))
      buttons.push({
        label: t("markCompleted"),
        onClick: () => setMode("complete"),
        primary: true,
      });
  }

  return (
    <div className="grid gap-3">
      {error ? (
        <div
          role="alert"
          className={`rounded-md p-3 text-sm ${error.status === 409 ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-800"}`}
        >
          {/* a stale version (someone else's step came first) names the version it is at now */}
          {error.status === 409 && error.fields.version ? (
            <strong className="block">{t("actedFirst")}</strong>
          ) : null}
          {error.message}
        </div>
      ) : null}
      {/* a fee above the review threshold on an unreviewed match: the server would refuse
          the acceptance, so both sides read why there is no "Accept" and what to do */}
      {match.agreementNeedsReview && role !== "ADMIN" && lastOffer?.side === "CREATOR" ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t(mySide === "BRAND" ? "agreementNeedsReviewBrand" : "agreementNeedsReviewCreator", {
            threshold: formatMoney(match.reviewThreshold, match.currency),
          })}
        </p>
      ) : null}
      {(buttons.length === 0 || (review && role !== "ADMIN")) && mode === null ? (
        <p className="text-sm text-slate-500">{review ? t("waitingReview") : t("nothingToDo")}</p>
      ) : null}
      {mode === null ? (
        <div className="flex flex-wrap gap-2">
          {buttons.map((b) => (
            <button
              key={b.label}
              className={b.primary ? BUTTON : BUTTON_SECONDARY}
              disabled={step.isPending}
              onClick={b.onClick}
            >
              {b.label}
            </button>
          ))}
        </div>
      ) : null}
      {mode === "decline" || mode === "withdraw" || mode === "reject" || mode === "approve" ? (
        <form
          onSubmit={(e) => reason(e, mode === "approve" ? "CONTACTED" : "REJECTED")}
          className="grid gap-2 text-sm"
        >
          <Field
            label={
              mode === "approve"
                ? t("noteForBrand")
                : mode === "withdraw"
                  ? t("withdrawNote")
                  : unsent
                    ? t("reasonUnsent")
                    : t("reason")
            }
            name="note"
            error={error?.fields.note}
          >
            <textarea
              name="note"
              rows={2}
              className={INPUT}
              required={mode === "decline" || mode === "reject"}
            />
          </Field>
          <div className="flex gap-2">
            <button type="submit" className={BUTTON} disabled={step.isPending}>
              {mode === "approve"
                ? t("approveAndSend")
                : mode === "reject"
                  ? t("reject")
                  : mode === "withdraw"
                    ? t("withdraw")
                    : t("decline")}
            </button>
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setMode(null)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {mode === "counter" ? (
        <div className="grid gap-2">
          <OfferForm
            submitLabel={t("sendCounter")}
            initial={
              lastOffer
                ? {
                    amount: lastOffer.amount,
                    commissionRateBp: lastOffer.commissionRateBp,
                    deliverables: lastOffer.deliverables,
                    // a counter changes what it names: the dates carry over unless edited
                    startsOn: lastOffer.startsOn,
                    endsOn: lastOffer.endsOn,
                  }
                : undefined
            }
            pending={step.isPending}
            serverFields={error?.fields}
            onSubmit={(offer) => send({ to: "NEGOTIATING", offer })}
          />
          <button type="button" className={BUTTON_SECONDARY} onClick={() => setMode(null)}>
            {t("cancel")}
          </button>
        </div>
      ) : null}
      {mode === "complete" ? (
        <form onSubmit={complete} className="grid gap-2 text-sm sm:grid-cols-2" noValidate>
          {(["views", "clicks", "sales", "revenue"] as const).map((k) => (
            <Field
              key={k}
              label={t(`actual.${k}`)}
              name={k}
              error={actualsErrors[k] ?? error?.fields[`actuals.${k}`]}
            >
              <input name={k} inputMode="numeric" className={INPUT} />
            </Field>
          ))}
          {doubtful ? (
            <div role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900 sm:col-span-2">
              <p className="font-medium">{t("warn.title")}</p>
              <ul className="mt-1 list-disc pl-5">
                {doubtful.warnings.map((w) => (
                  <li key={w.code}>{warningText(w)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="flex gap-2 sm:col-span-2">
            <button type="submit" className={BUTTON} disabled={step.isPending}>
              {doubtful ? t("completeAnyway") : t("completeWith")}
            </button>
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setMode(null)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
