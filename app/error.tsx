"use client";
// Fallback for unexpected errors while rendering a page. Server errors arrive here
// without their message (Next.js hides it in production); the digest matches the
// server log line, so it is shown for support requests.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && "digest" in error
      ? String((error as { digest?: string }).digest ?? "")
      : "";
  const t = useTranslations("errors.page");
  const tc = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-semibold text-slate-900">{t("errorTitle")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("errorText")}</p>
        {digest ? (
          <p className="mt-2 text-xs text-slate-500">{t("reference", { digest })}</p>
        ) : null}
        <div className="mt-6 flex justify-center gap-3">
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
          >
            {tc("tryAgain")}
          </button>
          <Link
            href="/"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            {tc("home")}
          </Link>
        </div>
      </div>
    </main>
  );
}
