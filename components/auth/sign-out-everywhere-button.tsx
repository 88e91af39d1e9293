"use client";
// Ends every session of this account (other browsers, a lost phone), then this one.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/api/action";

export function SignOutEverywhereButton({
  signOutEverywhere,
}: {
  signOutEverywhere: () => Promise<ActionResult<{ revoked: number }>>;
}) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  async function run() {
    setPending(true);
    setFailed(false);
    try {
      const result = await signOutEverywhere();
      // Signed out already (another tab did it) is as good as done.
      if (!result.ok && result.error.code !== "unauthorized") throw new Error(result.error.message);
      await signOut({ callbackUrl: "/signin" });
    } catch {
      setPending(false);
      setFailed(true);
    }
  }
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={run}
        className="w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60"
      >
        {pending ? t("signingOutEverywhere") : t("signOutEverywhere")}
      </button>
      {failed ? (
        <p role="alert" className="px-3 pb-1 text-xs text-red-700">
          {t("signOutEverywhereFailed")}
        </p>
      ) : null}
    </>
  );
}
