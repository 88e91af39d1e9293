import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { requireUser } from "@/lib/auth/guards";

export default async function BrandLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  return (
    <AppShell
      user={user}
      nav={[
        { href: "/dashboard", label: "Dashboard" },
        { href: "/dashboard#campaigns", label: "Campaigns" },
      ]}
    >
      {children}
    </AppShell>
  );
}
