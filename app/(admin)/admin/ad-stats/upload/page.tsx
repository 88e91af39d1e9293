// /admin/ad-stats/upload – import an Avazu log from the browser (the same import as
// `npm run ingest:avazu`), with progress, and the latest imports.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/adstats/upload-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { listImports } from "@/lib/adstats/ingest/list-imports";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { getFormat } from "@/lib/i18n/get-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adStats.upload"))("metaTitle") };
}

export default async function AdStatsUploadPage() {
  await requireUser(["ADMIN"]);
  const { imports, unresolvedDeadLetters } = await listImports(pool);
  const t = await getTranslations("adStats.upload");
  const { formatDateTime, formatInteger } = await getFormat();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t.rich("description", { code: (c) => <code>{c}</code> })}
      >
        <Link href="/admin/ad-stats" className="text-sm font-medium text-blue-700 hover:underline">
          {t("back")}
        </Link>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("card")}>
          <UploadForm />
        </Card>
        <Card
          title={t("latest")}
          description={t.rich("deadWaiting", {
            count: formatInteger(unresolvedDeadLetters),
            command: "npm run ingest:avazu -- --retry",
            code: (c) => <code>{c}</code>,
          })}
        >
          <Table caption={t("latest")}>
            <THead>
              <TH>{t("source")}</TH>
              <TH>{t("status")}</TH>
              <TH align="right">{t("read")}</TH>
              <TH align="right">{t("new")}</TH>
              <TH align="right">{t("dead")}</TH>
            </THead>
            <TBody>
              {imports.map((i) => (
                <TR key={i.id}>
                  <TD label={t("source")} primary>
                    <span className="break-all" translate="no">
                      {i.source}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {formatDateTime(i.startedAt)}
                    </span>
                  </TD>
                  <TD label={t("status")}>
                    {t.has(`statusValue.${i.status}`) ? t(`statusValue.${i.status}`) : i.status}
                  </TD>
                  <TD label={t("read")} align="right">
                    {formatInteger(i.rowsRead)}
                  </TD>
                  <TD label={t("new")} align="right">
                    {formatInteger(i.rowsInserted)}
                  </TD>
                  <TD label={t("dead")} align="right">
                    {formatInteger(i.rowsDeadLettered)}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>
      </div>
    </>
  );
}
