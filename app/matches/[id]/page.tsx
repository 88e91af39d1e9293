// /matches/:id – one match, for the brand, the creator and admins (404 for anyone else).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/ui/app-shell";
import { MatchView } from "@/components/workflow/match-view";
import { NAV_BY_ROLE } from "@/components/workflow/nav";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/matches/actor";
import { getMatch } from "@/lib/matches/get-match";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("matchMeta") };
}

export default async function MatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const match = await getMatch(pool, actorOf(user), id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <AppShell user={user} nav={NAV_BY_ROLE[user.role]}>
      <MatchView initial={match} role={user.role} />
    </AppShell>
  );
}
