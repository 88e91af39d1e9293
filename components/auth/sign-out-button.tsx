"use client";
// Clears the session cookie (next-auth's CSRF-protected POST) and returns to sign-in.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        signOut({ callbackUrl: "/signin" }).catch(() => setPending(false));
      }}
      className={
        className ??
        "w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60"
      }
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
