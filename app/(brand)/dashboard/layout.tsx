import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { NAV_BY_ROLE } from "@/components/workflow/nav";
import { requireUser } from "@/lib/auth/guards";

export default async function BrandLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  return (
    <AppShell user={user} nav={NAV_BY_ROLE.BRAND_MANAGER}>
      {children}
    </AppShell>
  );
}
