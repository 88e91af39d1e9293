import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { requireUser } from "@/lib/auth/guards";

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(["CREATOR"]);
  return (
    <AppShell
      user={user}
      nav={[
        { href: "/creator", label: "Home" },
        { href: "/creator#proposals", label: "Proposals" },
      ]}
    >
      {children}
    </AppShell>
  );
}
