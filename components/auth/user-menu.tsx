// The signed-in user's menu for page headers: who you are, in which role, sign-out, and
// "sign out everywhere" (every session of the account, on every device).
// A <details> disclosure, so it opens without client JavaScript and works at phone width.
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/db/generated/enums";
import { signOutEverywhere } from "@/lib/auth/session-actions";
import { SignOutButton } from "./sign-out-button";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export function initialsOf(name: string | null, email: string): string {
  const words = (name ?? "").split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length)
    return words
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join("");
  return email.slice(0, 1).toUpperCase();
}

export async function UserMenu({
  user,
}: {
  user: { name: string | null; email: string; role: Role };
}) {
  const label = user.name ?? user.email;
  const t = await getTranslations("auth");
  const tRoles = await getTranslations("common.roles");
  return (
    <details className="group relative">
      <summary
        aria-label={t("accountMenu", { name: label })}
        className="flex cursor-pointer list-none items-center gap-2 rounded-full p-1 pr-3 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 [&::-webkit-details-marker]:hidden"
      >
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-blue-600 text-xs font-semibold text-white"
        >
          {initialsOf(user.name, user.email)}
        </span>
        <span className="hidden max-w-[12rem] truncate text-sm font-medium text-slate-800 sm:inline">
          {label}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <div className="border-b border-slate-100 px-3 pb-2 pt-1">
          {user.name ? (
            <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
          ) : null}
          <p className="truncate text-xs text-slate-600">{user.email}</p>
          <p className="mt-1 text-xs font-medium text-blue-700">{tRoles(user.role)}</p>
        </div>
        <div className="pt-1">
          <SignOutButton />
          <SignOutEverywhereButton signOutEverywhere={signOutEverywhere} />
        </div>
      </div>
    </details>
  );
}
