// /creator/payments – the creator's money: fees brands have put aside for accepted
// matches, each settlement's timeline, and monthly statements.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportLink } from "@/components/money/export-link";
import { PaymentTimeline } from "@/components/money/payment-timeline";
import { SettlementRule } from "@/components/money/rules";
import { SettlementBadge } from "@/components/money/settlement-status";
import { StatementTable } from "@/components/money/statement-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { getFormat } from "@/lib/i18n/get-format";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { monthlyStatements } from "@/lib/settlement/monthly-statements";
import { creatorHolds } from "@/lib/settlement/read-escrow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("money.payments"))("metaTitle") };
}

export default async function CreatorPaymentsPage() {
  const user = await requireUser(["CREATOR"]);
  const t = await getTranslations("money.payments");
  const { formatMoney, formatDate } = await getFormat();
  const scope = { kind: "creator" as const, creatorId: user.creatorId };
  const [holds, settlements, statements] = await Promise.all([
    creatorHolds(pool, user.creatorId),
    listSettlements(pool, scope),
    monthlyStatements(pool, scope),
  ]);
  const heldAt = new Map(holds.map((h) => [h.matchId, h.heldAt]));
  const settled = new Set(settlements.map((s) => s.matchId));
  const upcoming = holds.filter((h) => !h.released && !settled.has(h.matchId));
  const money = (v: string, currency: string) => formatMoney(BigInt(v), currency);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card title={t("heldTitle")} description={t("heldDescription")}>
          {upcoming.length ? (
            <ul className="space-y-2 text-sm">
              {upcoming.map((h) => (
                <li key={h.matchId} className="flex flex-wrap justify-between gap-2">
                  <span>
                    <strong>{h.campaignTitle}</strong> · {h.brandName}
                  </span>
                  <span className="tabular-nums">
                    {t("heldLine", {
                      amount: money(h.amount, h.currency),
                      date: formatDate(h.heldAt),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("nothingHeld")}</p>
          )}
        </Card>
        <Card title={t("settlementsTitle")} action={<ExportLink table="settlements" />}>
          <SettlementRule />
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {settlements.length ? (
              settlements.map((s) => (
                <section key={s.id} className="rounded-lg border border-slate-200 p-3">
                  <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-medium text-slate-900">
                      {s.campaignTitle} · {s.brandName}
                    </h3>
                    <SettlementBadge status={s.status} />
                  </header>
                  <p className="mb-3 text-xs text-slate-600">
                    {t("split", {
                      gross: money(s.gross, s.currency),
                      platformFee: money(s.platformFee, s.currency),
                      payout: money(s.creatorPayout, s.currency),
                    })}
                  </p>
                  <PaymentTimeline settlement={s} heldAt={heldAt.get(s.matchId) ?? null} />
                </section>
              ))
            ) : (
              <p className="text-sm text-slate-600">{t("noSettlements")}</p>
            )}
          </div>
        </Card>
        <Card
          title={t("statementsTitle")}
          description={t("statementsDescription")}
          action={<ExportLink table="statements" />}
        >
          <StatementTable statements={statements} />
        </Card>
      </div>
    </>
  );
}
