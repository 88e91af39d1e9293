// /admin/jobs – the scheduled and queued jobs: last run, next run, failures.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { getJobStatus } from "@/lib/jobs/job-status";
import { getFormat } from "@/lib/i18n/get-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function JobsPage() {
  await requireUser(["ADMIN"]);
  const jobs = await getJobStatus(pool);
  const t = await getTranslations("jobs");
  const { formatDateTime } = await getFormat();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <Table caption={t("caption")}>
          <THead>
            <TH>{t("job")}</TH>
            <TH>{t("schedule")}</TH>
            <TH>{t("lastRun")}</TH>
            <TH>{t("nextRun")}</TH>
            <TH align="right">{t("queued")}</TH>
            <TH align="right">{t("failures")}</TH>
          </THead>
          <TBody>
            {jobs.map((j) => (
              <TR key={j.name}>
                <TD label={t("job")} primary>
                  {/* The queue's name, a code identifier: not translated. */}
                  <span translate="no" className="block font-mono text-xs font-medium">
                    {j.name}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {t.has(`what.${j.name}`) ? t(`what.${j.name}`) : j.what}
                  </span>
                  {j.lastError ? (
                    <span className="block text-xs text-red-700">
                      {t("lastError", { when: formatDateTime(j.lastErrorAt), error: j.lastError })}
                    </span>
                  ) : null}
                </TD>
                <TD label={t("schedule")}>
                  {j.everyMinutes
                    ? j.everyMinutes >= 60
                      ? t("everyHours", { n: j.everyMinutes / 60 })
                      : t("everyMinutes", { n: j.everyMinutes })
                    : t("onDemand")}
                </TD>
                <TD label={t("lastRun")}>
                  {j.lastRunAt ? formatDateTime(j.lastRunAt) : t("never")}
                </TD>
                <TD label={t("nextRun")}>
                  {j.nextRunAt ? formatDateTime(j.nextRunAt) : t("whenEnqueued")}
                </TD>
                <TD label={t("queued")} align="right">
                  {j.queued}
                </TD>
                <TD label={t("failures")} align="right">
                  {j.failures24h}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
    </>
  );
}
