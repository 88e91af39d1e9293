import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { NAV_BY_ROLE } from "@/components/workflow/nav";
import { requireUser } from "@/lib/auth/guards";

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(["CREATOR"]);
  return (
    <AppShell user={user} nav={NAV_BY_ROLE.CREATOR}>
      {children}
    </AppShell>
  );
}
