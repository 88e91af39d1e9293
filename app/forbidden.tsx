// The 403 page, rendered with status 403 whenever a server component calls
// next/navigation's forbidden() (lib/auth/guards.ts: signed in, wrong role).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/home-path";

export default async function Forbidden() {
  const user = await getCurrentUser();
  const t = await getTranslations("errors.page");
  const tc = await getTranslations("common");

  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4 py-12">
      <div className="w-full max-w-md text-center">
        <p className="text-sm font-semibold text-blue-700">403</p>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("forbiddenTitle")}</h1>
        <p className="mt-3 text-sm text-slate-600">
          {user ? t("forbiddenSignedIn", { email: user.email }) : t("forbiddenAnon")}
        </p>
        <div className="mt-6 flex flex-col items-center gap-3 sm:flex-row sm:justify-center">
          {user ? (
            <>
              <Link
                href={homePathFor(user.role)}
                className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
              >
                {tc("goHome")}
              </Link>
              <SignOutButton className="rounded-md border border-slate-300 px-4 py-2 text-sm text-slate-700 hover:bg-slate-50" />
            </>
          ) : (
            <Link
              href="/signin"
              className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white"
            >
              {tc("signIn")}
            </Link>
          )}
        </div>
      </div>
    </main>
  );
}
