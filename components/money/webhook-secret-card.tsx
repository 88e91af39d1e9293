"use client";
// The brand's webhook signing secret: hidden until asked for, created or rotated by a
// server action (rotation stops the old secret at once, so the shop must switch too).
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { rotateWebhookSecret } from "@/app/(brand)/dashboard/conversions/actions";

export function WebhookSecretCard({
  brandId,
  secret: initial,
}: {
  brandId: string;
  secret: string | null;
}) {
  const t = useTranslations("money.secret");
  const [secret, setSecret] = useState(initial);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const rotate = () =>
    start(async () => {
      if (secret && !window.confirm(t("confirmRotate"))) return;
      const result = await rotateWebhookSecret({ brandId });
      if (result.ok) {
        setSecret(result.data.secret);
        setShown(true);
        setError(null);
      } else setError(result.error.message);
    });
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">{t("brandId")}</dt>
        <dd className="break-all font-mono text-xs" translate="no">
          {brandId}
        </dd>
        <dt className="font-medium text-slate-600">{t("secret")}</dt>
        <dd className="break-all font-mono text-xs" aria-label={t("secret")}>
          {secret ? (shown ? secret : "whsec_" + "•".repeat(24)) : t("none")}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        {secret ? (
          <button
            type="button"
            onClick={() => setShown((s) => !s)}
            className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700"
          >
            {shown ? t("hide") : t("show")}
          </button>
        ) : null}
        <button
          type="button"
          onClick={rotate}
          disabled={pending}
          className="rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          {secret ? t("rotate") : t("create")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
