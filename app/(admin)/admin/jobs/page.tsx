// /admin/jobs – the scheduled and queued jobs: last run, next run, failures.
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { getJobStatus } from "@/lib/jobs/job-status";
import { formatDateTime } from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Jobs · Creator Match" };
export const dynamic = "force-dynamic";

export default async function JobsPage() {
  await requireUser(["ADMIN"]);
  const jobs = await getJobStatus(pool);
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Run by the job worker (pg-boss on the app's Postgres), not by the web server."
      />
      <Card>
        <Table caption="Jobs">
          <THead>
            <TH>Job</TH>
            <TH>Schedule</TH>
            <TH>Last run</TH>
            <TH>Next run</TH>
            <TH align="right">Queued</TH>
            <TH align="right">Failures (24 h)</TH>
          </THead>
          <TBody>
            {jobs.map((j) => (
              <TR key={j.name}>
                <TD label="Job" primary>
                  <span className="block font-medium">{j.name}</span>
                  <span className="block text-xs text-slate-500">{j.what}</span>
                  {j.lastError ? (
                    <span className="block text-xs text-red-700">
                      Last error {formatDateTime(j.lastErrorAt)}: {j.lastError}
                    </span>
                  ) : null}
                </TD>
                <TD label="Schedule">
                  {j.everyMinutes
                    ? j.everyMinutes >= 60
                      ? `every ${j.everyMinutes / 60} h`
                      : `every ${j.everyMinutes} min`
                    : "on demand"}
                </TD>
                <TD label="Last run">{j.lastRunAt ? formatDateTime(j.lastRunAt) : "never"}</TD>
                <TD label="Next run">
                  {j.nextRunAt ? formatDateTime(j.nextRunAt) : "when enqueued"}
                </TD>
                <TD label="Queued" align="right">
                  {j.queued}
                </TD>
                <TD label="Failures (24 h)" align="right">
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
