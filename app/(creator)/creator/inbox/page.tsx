// /creator/inbox – proposals to the signed-in creator: accept, decline or counter.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { MatchList } from "@/components/workflow/match-list";
import { requireUser } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creatorHome"))("inboxMeta") };
}

export default async function InboxPage() {
  await requireUser(["CREATOR"]);
  const t = await getTranslations("creatorHome");
  return (
    <>
      <PageHeader title={t("inbox")} description={t("inboxText")} />
      <MatchList role="CREATOR" />
    </>
  );
}
