// /signin – the only way in: "Sign in with Google". Anonymous visitors of any page are
// sent here with ?callbackUrl=; next-auth sends failures here with ?error=.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isGoogleSignInConfigured } from "@/lib/auth/options";
import { DEMO_ACCOUNTS } from "@/lib/demo-data/accounts";
import { env, usesLocalIdentityProvider } from "@/lib/env";
import { continueUrl, safeCallbackPath } from "./landing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signin"))("metaTitle") };
}

// next-auth's error codes (https://next-auth.js.org/configuration/pages#sign-in-page),
// each with a message in auth.signin.errors.
const ERROR_CODES = new Set([
  "AccessDenied",
  "Configuration",
  "SessionRequired",
  "OAuthSignin",
  "OAuthCallback",
  "Callback",
]);

type Props = {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl), env().NEXTAUTH_URL);
  if (await getCurrentUser()) redirect(continueUrl(callbackPath));

  const error = first(params.error);
  const configured = isGoogleSignInConfigured();
  const local = usesLocalIdentityProvider();
  const t = await getTranslations("auth.signin");
  const tRoles = await getTranslations("common.roles");

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <LocaleSwitch className="float-right ml-2" />
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("lead")}</p>

        {error ? (
          <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(`errors.${ERROR_CODES.has(error) ? error : "default"}`)}
          </p>
        ) : null}

        <div className="mt-6">
          <SignInButton callbackUrl={continueUrl(callbackPath)} disabled={!configured} />
        </div>

        {!configured ? (
          <p className="mt-4 text-sm text-amber-800">
            {t.rich("notConfigured", { code: (chunks) => <code>{chunks}</code> })}
          </p>
        ) : null}

        <p className="mt-6 text-xs text-slate-500">{t("newCreators")}</p>

        {local && configured ? (
          <section
            aria-labelledby="dev-accounts"
            className="mt-6 rounded-md bg-slate-50 p-3 text-xs text-slate-600"
          >
            <h2 id="dev-accounts" className="font-medium text-slate-800">
              {t("devTitle")}
            </h2>
            <p className="mt-1">{t("devText")}</p>
            <ul className="mt-1 list-inside list-disc">
              {Object.values(DEMO_ACCOUNTS).map((a) => (
                <li key={a.email}>
                  {a.email} <span className="text-slate-500">({tRoles(a.role)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
