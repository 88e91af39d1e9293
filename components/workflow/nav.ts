// The sections of each role's menu (labels: keys of messages/*/nav.json): the role layouts use them, and so do pages outside them (the match page, onboarding).
import type { Role } from "@/lib/db/generated/enums";

export const NAV_BY_ROLE: Record<Role, { href: string; label: string }[]> = {
  BRAND_MANAGER: [
    { href: "/dashboard", label: "dashboard" },
    { href: "/dashboard/campaigns", label: "campaigns" },
    { href: "/dashboard/matches", label: "matches" },
    { href: "/dashboard/conversions", label: "orders" },
    { href: "/dashboard/billing", label: "billing" },
    { href: "/dashboard/api-tokens", label: "api" },
  ],
  CREATOR: [
    { href: "/creator", label: "home" },
    { href: "/creator/inbox", label: "inbox" },
    { href: "/creator/youtube", label: "youtube" },
    { href: "/creator/payments", label: "payments" },
    // onboarding stays the place to edit the profile and the rate card
    { href: "/onboarding", label: "profile" },
  ],
  ADMIN: [
    { href: "/admin", label: "overview" },
    { href: "/admin#review-queue", label: "reviewQueue" },
    { href: "/admin/jobs", label: "jobs" },
    { href: "/admin/ad-stats", label: "adStats" },
    { href: "/admin/settlements", label: "settlements" },
  ],
};
