// /admin/ad-stats/upload – import an Avazu log from the browser (the same import as
// `npm run ingest:avazu`), with progress, and the latest imports.
import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/adstats/upload-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { listImports } from "@/lib/adstats/list-imports";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { formatDateTime, formatInteger } from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Import an ad log · Creator Match" };

export default async function AdStatsUploadPage() {
  await requireUser(["ADMIN"]);
  const { imports, unresolvedDeadLetters } = await listImports(pool);
  return (
    <>
      <PageHeader
        title="Import an ad log"
        description="Avazu-format CSV, plain or gzip. Importing the same file again adds nothing."
      >
        <Link href="/admin/ad-stats" className="text-sm font-medium text-blue-700 hover:underline">
          Back to ad stats
        </Link>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Upload">
          <UploadForm />
        </Card>
        <Card
          title="Latest imports"
          description={`${formatInteger(unresolvedDeadLetters)} dead-lettered rows wait for a fix (npm run ingest:avazu -- --retry)`}
        >
          <Table caption="Latest imports">
            <THead>
              <TH>Source</TH>
              <TH>Status</TH>
              <TH align="right">Read</TH>
              <TH align="right">New</TH>
              <TH align="right">Dead</TH>
            </THead>
            <TBody>
              {imports.map((i) => (
                <TR key={i.id}>
                  <TD label="Source" primary>
                    <span className="break-all">{i.source}</span>
                    <span className="block text-xs text-slate-500">
                      {formatDateTime(i.startedAt)}
                    </span>
                  </TD>
                  <TD label="Status">{i.status}</TD>
                  <TD label="Read" align="right">
                    {formatInteger(i.rowsRead)}
                  </TD>
                  <TD label="New" align="right">
                    {formatInteger(i.rowsInserted)}
                  </TD>
                  <TD label="Dead" align="right">
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
