// /dashboard/matches – every match of the brand's campaigns, newest change first.
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MatchList } from "@/components/workflow/match-list";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Matches · Creator Match" };

export default async function BrandMatchesPage() {
  await requireUser(["BRAND_MANAGER"]);
  return (
    <>
      <PageHeader
        title="Matches"
        description="Your proposals and where they stand; open one for its history and messages."
      />
      <MatchList role="BRAND_MANAGER" />
    </>
  );
}
