// /dashboard/matches – every match of the brand's campaigns, newest change first.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { MatchList } from "@/components/workflow/match-list";
import { requireUser } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("matchesMeta") };
}

export default async function BrandMatchesPage() {
  await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("campaignPages");
  return (
    <>
      <PageHeader title={t("matchesTitle")} description={t("matchesText")} />
      <MatchList role="BRAND_MANAGER" />
    </>
  );
}
