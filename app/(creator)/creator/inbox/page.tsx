// /creator/inbox – proposals to the signed-in creator: accept, decline or counter.
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MatchList } from "@/components/workflow/match-list";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Inbox · Creator Match" };

export default async function InboxPage() {
  await requireUser(["CREATOR"]);
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Proposals from brands, newest change first. Answer each one: accept, decline with a reason, or counter."
      />
      <MatchList role="CREATOR" />
    </>
  );
}
