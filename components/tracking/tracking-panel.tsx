"use client";
// The tracking links and promo codes of an accepted match: the creator copies them into
// the video description; the brand also adds destinations and codes (server actions in
// app/matches/[id]/actions.ts). Before acceptance there is nothing to show; when the
// match becomes accepted on this page, the server's list is fetched again.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { addPromoCode, addTrackingLink } from "@/app/matches/[id]/actions";
import { Card } from "@/components/ui/card";
import { useMatch } from "@/components/workflow/hooks";
import { BUTTON, Field, INPUT } from "@/components/workflow/offer-form";
import type { MatchTracking } from "@/lib/tracking/match-tracking";
import { formatDateTime } from "@/lib/i18n/format";
import { CopyButton } from "./copy-button";

type Fields = Record<string, string[]>;

export function TrackingPanel({
  tracking,
  baseUrl,
  canEdit,
}: {
  tracking: MatchTracking;
  baseUrl: string;
  canEdit: boolean;
}) {
  const t = useTranslations("tracking.panel");
  const locale = useLocale();
  const router = useRouter();
  const { data: match } = useMatch(tracking.matchId);
  const nowTrackable = match?.status === "ACCEPTED" || match?.status === "COMPLETED";
  useEffect(() => {
    if (nowTrackable && !tracking.active) router.refresh();
  }, [nowTrackable, tracking.active, router]);
  if (!tracking.active) return null;

  return (
    <Card title={t("title")} description={t("description")}>
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("links")}</h3>
      {tracking.links.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{canEdit ? t("noLinksBrand") : t("noLinks")}</p>
      ) : (
        <ul className="mt-1 grid gap-2" aria-label={t("linksLabel")}>
          {tracking.links.map((l) => {
            const short = `${baseUrl}/r/${l.code}`;
            return (
              <li key={l.id} className="rounded-md border border-slate-200 p-2 text-sm">
                <div className="flex items-center gap-2">
                  <code className="min-w-0 flex-1 truncate font-mono text-blue-700">{short}</code>
                  <CopyButton text={short} />
                </div>
                <p className="mt-1 truncate text-xs text-slate-500">
                  {l.label ? `${l.label} → ` : "→ "}
                  <span title={l.destinationUrl} translate="no">
                    {l.destinationUrl}
                  </span>
                  {l.expiresAt
                    ? ` · ${t("expires", { date: formatDateTime(locale, l.expiresAt) })}`
                    : ""}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("promoCodes")}
      </h3>
      {tracking.promoCodes.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("noPromoCodes")}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label={t("promoCodesLabel")}>
          {tracking.promoCodes.map((p) => (
            <li
              key={p.id}
              className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1"
            >
              <code className="font-mono text-sm font-semibold">{p.code}</code>
              {p.expiresAt ? (
                <span className="text-xs text-slate-500">
                  {t("until", { date: formatDateTime(locale, p.expiresAt) })}
                </span>
              ) : null}
              <CopyButton text={p.code} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <AddForms matchId={tracking.matchId} /> : null}
    </Card>
  );
}

function AddForms({ matchId }: { matchId: string }) {
  const t = useTranslations("tracking.panel");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [linkFields, setLinkFields] = useState<Fields>({});
  const [codeFields, setCodeFields] = useState<Fields>({});
  const [message, setMessage] = useState<string | null>(null);

  function submit(
    e: FormEvent<HTMLFormElement>,
    send: (
      input: unknown,
    ) => Promise<{ ok: boolean; error?: { message: string; fields?: Fields } }>,
    setFields: (f: Fields) => void,
    toInput: (data: Record<string, string>) => Record<string, unknown>,
  ) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    startTransition(async () => {
      const result = await send({ matchId, ...toInput(data) });
      if (result.ok) {
        form.reset();
        setFields({});
        setMessage(null);
        router.refresh();
      } else {
        setFields(result.error?.fields ?? {});
        setMessage(result.error?.fields ? null : (result.error?.message ?? t("failed")));
      }
    });
  }

  return (
    <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
      <form
        noValidate
        className="grid content-start gap-2 text-sm"
        aria-label={t("addLinkForm")}
        onSubmit={(e) =>
          submit(e, addTrackingLink, setLinkFields, (d) => ({
            destinationUrl: d.destinationUrl,
            ...(d.label ? { label: d.label } : {}),
          }))
        }
      >
        <Field label={t("destination")} name="destinationUrl" error={linkFields.destinationUrl}>
          <input
            name="destinationUrl"
            type="url"
            required
            placeholder="https://smartstore.naver.com/…"
            className={INPUT}
            aria-invalid={Boolean(linkFields.destinationUrl)}
          />
        </Field>
        <Field label={t("label")} name="label" error={linkFields.label}>
          <input name="label" maxLength={80} className={INPUT} />
        </Field>
        <button type="submit" disabled={pending} className={BUTTON}>
          {t("addLink")}
        </button>
      </form>
      <form
        noValidate
        className="grid content-start gap-2 text-sm"
        aria-label={t("addPromoForm")}
        onSubmit={(e) =>
          submit(e, addPromoCode, setCodeFields, (d) => (d.code ? { code: d.code } : {}))
        }
      >
        <Field label={t("promoCode")} name="code" error={codeFields.code}>
          <input
            name="code"
            maxLength={32}
            placeholder="GLOW10"
            className={`${INPUT} uppercase`}
            aria-invalid={Boolean(codeFields.code)}
          />
        </Field>
        <button type="submit" disabled={pending} className={BUTTON}>
          {t("addPromo")}
        </button>
      </form>
      {message ? (
        <p role="alert" className="text-sm text-red-600 sm:col-span-2">
          {message}
        </p>
      ) : null}
    </div>
  );
}
