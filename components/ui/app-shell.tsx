// The frame of every signed-in page: product name, the role's sections, and the user
// menu with sign-out, and the language switch. On a phone the sections move to a scrollable row under the bar.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { NotificationBell } from "@/components/workflow/notification-bell";
import type { Role } from "@/lib/db/generated/enums";
import { NavLinks, type NavItem } from "./nav-links";

export async function AppShell({
  user,
  nav,
  children,
}: {
  user: { name: string | null; email: string; role: Role };
  nav: NavItem[];
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
          <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900">
            <span
              aria-hidden="true"
              className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-600 text-xs font-bold text-white"
            >
              CM
            </span>
            <span>Creator Match</span>
          </Link>
          <nav aria-label={t("sections")} className="hidden min-w-0 flex-1 sm:block">
            <NavLinks items={nav} />
          </nav>
          <div className="ml-auto flex shrink-0 items-center gap-2">
            <LocaleSwitch />
            <NotificationBell />
            <UserMenu user={user} />
          </div>
        </div>
        <nav aria-label={t("sections")} className="border-t border-slate-100 px-2 py-1 sm:hidden">
          <NavLinks items={nav} />
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
