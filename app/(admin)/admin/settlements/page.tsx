// /admin/settlements – the settlements to approve and pay (paying captures the money
// from the brand's escrow), the latest payments, and the newest monthly statements per
// creator.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportLink } from "@/components/money/export-link";
import { SettlementRule } from "@/components/money/rules";
import { SettlementActions } from "@/components/money/settlement-actions";
import { SettlementTable } from "@/components/money/settlement-table";
import { StatementTable } from "@/components/money/statement-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { monthlyStatements } from "@/lib/settlement/monthly-statements";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("money.admin"))("metaTitle") };
}

const PAID_SHOWN = 25;
const STATEMENTS_SHOWN = 30;

export default async function AdminSettlementsPage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("money.admin");
  // Everything that waits for an admin, the latest payments and the newest statements:
  // the whole history is in the CSV exports, not on one page.
  const admin = { kind: "admin" } as const;
  const [open, paid, statements] = await Promise.all([
    listSettlements(pool, admin, { status: ["PENDING", "APPROVED"] }),
    listSettlements(pool, admin, { status: "PAID", limit: PAID_SHOWN }),
    monthlyStatements(pool, admin, { limit: STATEMENTS_SHOWN }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card title={t("open", { count: open.length })} action={<ExportLink table="settlements" />}>
          <SettlementRule />
          <div className="mt-3">
            {open.length ? (
              <SettlementTable
                settlements={open}
                caption={t("openCaption")}
                show={{ brand: true, creator: true }}
                action={(s) => <SettlementActions id={s.id} status={s.status} />}
              />
            ) : (
              <p className="text-sm text-slate-600">{t("nothingWaiting")}</p>
            )}
          </div>
        </Card>
        <Card
          title={t("paidLatest", { count: paid.length })}
          action={<ExportLink table="settlements" />}
        >
          {paid.length ? (
            <SettlementTable
              settlements={paid}
              caption={t("paidCaption")}
              show={{ brand: true, creator: true }}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("nothingPaid")}</p>
          )}
        </Card>
        <Card
          title={t("statementsTitle")}
          description={t("statementsDescription", { count: STATEMENTS_SHOWN })}
          action={<ExportLink table="statements" />}
        >
          <StatementTable statements={statements} showCreator />
        </Card>
      </div>
    </>
  );
}
