// The sections of each role's menu, for pages outside the role layouts (the match page).
import type { Role } from "@/lib/db/generated/enums";

export const NAV_BY_ROLE: Record<Role, { href: string; label: string }[]> = {
  BRAND_MANAGER: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/dashboard#campaigns", label: "Campaigns" },
    { href: "/dashboard/matches", label: "Matches" },
  ],
  CREATOR: [
    { href: "/creator", label: "Home" },
    { href: "/creator/inbox", label: "Inbox" },
    { href: "/creator/youtube", label: "YouTube" },
  ],
  ADMIN: [
    { href: "/admin", label: "Overview" },
    { href: "/admin#review-queue", label: "Review queue" },
    { href: "/admin/jobs", label: "Jobs" },
    { href: "/admin/ad-stats", label: "Ad stats" },
  ],
};
