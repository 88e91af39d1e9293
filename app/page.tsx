// / – what Creator Match is, for visitors; signed-in users go straight to their home.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/home-path";
import { LocaleSwitch } from "@/components/i18n/locale-switch";

const ROLES = ["brands", "creators", "admins"] as const;

export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const t = await getTranslations("landing");
  const tc = await getTranslations("common");
  const tAuth = await getTranslations("auth");

  return (
    <main className="min-h-dvh bg-white">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
        <span className="flex items-center gap-2 font-semibold text-slate-900">
          <span
            aria-hidden="true"
            className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-600 text-xs font-bold text-white"
          >
            CM
          </span>
          Creator Match
        </span>
        <div className="flex items-center gap-2">
          <LocaleSwitch />
          <Link
            href="/signin"
            className="rounded-md px-3 py-2 text-sm font-medium text-blue-700 hover:bg-blue-50"
          >
            {tc("signIn")}
          </Link>
        </div>
      </header>

      <section className="mx-auto max-w-5xl px-4 pb-10 pt-10 sm:pt-16">
        <h1 className="max-w-3xl text-3xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-4 max-w-2xl text-base text-slate-600 sm:text-lg">{t("heroText")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/signin"
            className="rounded-md bg-blue-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-blue-700"
          >
            {tAuth("signInWithGoogle")}
          </Link>
        </div>
      </section>

      <section aria-label={t("whoFor")} className="border-t border-slate-100 bg-slate-50">
        <div className="mx-auto grid max-w-5xl gap-4 px-4 py-10 sm:grid-cols-3">
          {ROLES.map((r) => (
            <div key={r} className="rounded-xl border border-slate-200 bg-white p-5">
              <h2 className="font-semibold text-slate-900">{t(`${r}Title`)}</h2>
              <p className="mt-2 text-sm text-slate-600">{t(`${r}Text`)}</p>
            </div>
          ))}
        </div>
      </section>
    </main>
  );
}
