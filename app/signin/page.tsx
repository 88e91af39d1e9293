// /signin – the only way in: "Sign in with Google". Anonymous visitors of any page are
// sent here with ?callbackUrl=; next-auth sends failures here with ?error=.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isGoogleSignInConfigured } from "@/lib/auth/options";
import { DEMO_ACCOUNTS } from "@/lib/demo-data/accounts";
import { env, usesLocalIdentityProvider } from "@/lib/env";
import { continueUrl, safeCallbackPath } from "./landing";

export const metadata: Metadata = { title: "Sign in · Creator Match" };

// next-auth's error codes (https://next-auth.js.org/configuration/pages#sign-in-page).
const ERROR_MESSAGES: Record<string, string> = {
  AccessDenied:
    "This Google account cannot be used here: Google has not verified its e-mail address.",
  Configuration:
    "Sign-in is not configured correctly on this server. Please tell the administrator.",
  SessionRequired: "Please sign in to continue.",
  OAuthSignin: "Could not start sign-in with Google. Please try again.",
  OAuthCallback: "Google sign-in did not complete. Please try again.",
  Callback: "Google sign-in did not complete. Please try again.",
};

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

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <LocaleSwitch className="float-right ml-2" />
        <h1 className="text-2xl font-semibold text-slate-900">Sign in to Creator Match</h1>
        <p className="mt-2 text-sm text-slate-600">
          Brands find creators whose audience fits each campaign; creators get transparent, fairly
          scored proposals.
        </p>

        {error ? (
          <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {ERROR_MESSAGES[error] ?? "Sign-in failed. Please try again."}
          </p>
        ) : null}

        <div className="mt-6">
          <SignInButton callbackUrl={continueUrl(callbackPath)} disabled={!configured} />
        </div>

        {!configured ? (
          <p className="mt-4 text-sm text-amber-800">
            Google sign-in needs <code>GOOGLE_CLIENT_ID</code> and <code>GOOGLE_CLIENT_SECRET</code>
            . Start the app with <code>npm start</code> to use the local stand-in instead.
          </p>
        ) : null}

        <p className="mt-6 text-xs text-slate-500">
          New creators: signing in with your Google account creates your creator profile. We ask for
          read-only access to your YouTube channel and its analytics so brands see verified figures.
        </p>

        {local && configured ? (
          <section
            aria-labelledby="dev-accounts"
            className="mt-6 rounded-md bg-slate-50 p-3 text-xs text-slate-600"
          >
            <h2 id="dev-accounts" className="font-medium text-slate-800">
              Development sign-in
            </h2>
            <p className="mt-1">
              A local stand-in replaces Google. Pick a demo account there, or type any e-mail
              address to sign in as a new creator:
            </p>
            <ul className="mt-1 list-inside list-disc">
              {Object.values(DEMO_ACCOUNTS).map((a) => (
                <li key={a.email}>
                  {a.email}{" "}
                  <span className="text-slate-500">({a.role.replace("_", " ").toLowerCase()})</span>
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
