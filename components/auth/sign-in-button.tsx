"use client";
// Starts the Google redirect flow. next-auth's client helper fetches a CSRF token and
// posts to /api/auth/signin/google, which answers with the provider's authorization URL.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { GoogleLogo } from "./google-logo";

export function SignInButton({
  callbackUrl,
  disabled = false,
}: {
  callbackUrl: string;
  disabled?: boolean;
}) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function start() {
    setPending(true);
    setFailed(false);
    try {
      await signIn("google", { callbackUrl });
    } catch {
      // Network failure before the redirect: let the user try again.
      setPending(false);
      setFailed(true);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={start}
        disabled={disabled || pending}
        className="inline-flex w-full items-center justify-center gap-3 rounded-md border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-60"
      >
        <GoogleLogo />
        {pending ? t("redirecting") : t("signInWithGoogle")}
      </button>
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {t("unreachable")}
        </p>
      ) : null}
    </div>
  );
}
