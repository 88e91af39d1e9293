import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { requireUser } from "@/lib/auth/guards";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(["ADMIN"]);
  return (
    <AppShell
      user={user}
      nav={[
        { href: "/admin", label: "Overview" },
        { href: "/admin#review-queue", label: "Review queue" },
        { href: "/admin/ad-stats", label: "Ad stats" },
      ]}
    >
      {children}
    </AppShell>
  );
}
