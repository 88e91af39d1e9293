"use client";
// CSV order import: choose a file → preview (first rows and row errors, nothing
// written) → import, with the counters polled until the import is done.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, fetchJson } from "@/components/workflow/fetch-json";
import type { CsvPreview, ImportProgress } from "@/lib/conversions/csv/import-orders";
import { CONVERSION_LIMITS } from "@/lib/conversions/schemas";
import { KNOWN_MESSAGES } from "@/lib/i18n/localize-issue";
import { useFormat } from "@/lib/i18n/use-format";

async function upload<T>(brandId: string, file: File, preview: boolean): Promise<T> {
  const q = new URLSearchParams({ brandId, fileName: file.name.slice(0, 200) });
  if (preview) q.set("preview", "1");
  const res = await fetch(`/api/v1/conversions/imports?${q}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: file,
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(res.status, body?.error?.message ?? `Upload failed (${res.status})`);
  }
  return body as T;
}

const MB = CONVERSION_LIMITS.csvBytes / 1024 / 1024;

export function OrderImport({ brandId }: { brandId: string }) {
  const t = useTranslations("money.import");
  const { formatInteger } = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({
    mutationFn: (f: File) => upload<{ preview: CsvPreview }>(brandId, f, true),
  });
  const start = useMutation({
    mutationFn: (f: File) => upload<{ import: { id: string } }>(brandId, f, false),
  });
  const importId = start.data?.import.id;
  const progress = useQuery({
    queryKey: ["conversion-import", importId],
    enabled: Boolean(importId),
    queryFn: () => fetchJson<{ import: ImportProgress }>(`/api/v1/conversions/imports/${importId}`),
    refetchInterval: (q) => (q.state.data?.import.status === "running" ? 500 : false),
  });
  const p = progress.data?.import;
  const tooBig = file !== null && file.size > CONVERSION_LIMITS.csvBytes;

  return (
    <div className="space-y-4 text-sm">
      <label className="flex flex-col gap-1 font-medium text-slate-700">
        {t("fileLabel", { mb: MB, rows: formatInteger(CONVERSION_LIMITS.csvRows) })}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setFile(f);
            start.reset();
            if (f && f.size <= CONVERSION_LIMITS.csvBytes) preview.mutate(f);
            else preview.reset();
          }}
          className="text-sm font-normal"
        />
      </label>
      {tooBig ? (
        <p role="alert" className="text-red-700">
          {t("tooBig", { mb: MB })}
        </p>
      ) : null}
      {preview.isPending ? <p>{t("reading")}</p> : null}
      {preview.isError ? (
        <p role="alert" className="text-red-700">
          {preview.error.message}
        </p>
      ) : null}
      {preview.data ? <PreviewView preview={preview.data.preview} /> : null}
      {preview.data && file && !importId ? (
        <button
          type="button"
          disabled={start.isPending || preview.data.preview.valid === 0}
          onClick={() => start.mutate(file)}
          className="rounded-md bg-blue-600 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {t("importButton", {
            count: formatInteger(preview.data.preview.valid),
            n: preview.data.preview.valid,
          })}
        </button>
      ) : null}
      {start.isError ? (
        <p role="alert" className="text-red-700">
          {start.error.message}
        </p>
      ) : null}
      {p ? <ProgressView progress={p} /> : null}
    </div>
  );
}

function PreviewView({ preview }: { preview: CsvPreview }) {
  const t = useTranslations("money.import");
  const { formatInteger, formatMoney } = useFormat();
  return (
    <div className="space-y-3" aria-label={t("previewLabel")}>
      <p>
        {t("summary", {
          rows: formatInteger(preview.rows),
          valid: formatInteger(preview.valid),
          rejected: formatInteger(preview.rejected),
        })}
      </p>
      {preview.repeated > 0 ? (
        <p role="note" className="text-amber-800">
          {t("repeated", {
            count: formatInteger(preview.repeated),
            examples: preview.repeats
              .slice(0, 5)
              .map((r) =>
                t("repeatExample", {
                  row: formatInteger(r.row),
                  firstRow: formatInteger(r.firstRow),
                  orderId: r.orderId,
                }),
              )
              .join("; "),
          })}
        </p>
      ) : null}
      {preview.sample.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">{t("firstRows")}</caption>
            <thead className="text-slate-500">
              <tr>
                <th className="px-2 py-1">{t("row")}</th>
                <th className="px-2 py-1">{t("order")}</th>
                <th className="px-2 py-1">{t("kind")}</th>
                <th className="px-2 py-1">{t("time")}</th>
                <th className="px-2 py-1 text-right">{t("amount")}</th>
                <th className="px-2 py-1">{t("codeOrClick")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map(({ row, order }) => (
                <tr key={row} className="border-t border-slate-100">
                  <td className="px-2 py-1">{row}</td>
                  <td className="px-2 py-1 font-mono">{order.orderId}</td>
                  <td className="px-2 py-1">
                    {order.kind === "REFUND" ? t("kindRefund") : t("kindOrder")}
                  </td>
                  <td className="px-2 py-1">{order.occurredAt}</td>
                  <td className="px-2 py-1 text-right tabular-nums">
                    {order.kind === "REFUND" ? "−" : ""}
                    {formatMoney(order.amount, order.currency)}
                  </td>
                  <td className="px-2 py-1">{order.promoCode ?? order.clickId ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <RowErrors errors={preview.errors} />
    </div>
  );
}

function RowErrors({ errors }: { errors: { row: number; field: string; message: string }[] }) {
  const t = useTranslations("money.import");
  const tv = useTranslations("validation");
  if (!errors.length) return null;
  // our own sentences in the reader's language; a schema's other words as they came
  const say = (message: string) =>
    KNOWN_MESSAGES[message] ? tv(`known.${KNOWN_MESSAGES[message]}`) : message;
  return (
    <ul
      aria-label={t("errorsLabel")}
      className="max-h-48 space-y-0.5 overflow-y-auto text-xs text-red-700"
    >
      {errors.map((e, i) => (
        <li key={i}>{t("rowError", { row: e.row, field: e.field, message: say(e.message) })}</li>
      ))}
    </ul>
  );
}

function ProgressView({ progress: p }: { progress: ImportProgress }) {
  const t = useTranslations("money.import");
  const { formatInteger } = useFormat();
  const pct = p.rowsTotal ? Math.round((p.rowsProcessed / p.rowsTotal) * 100) : 100;
  return (
    <div className="space-y-2" aria-label={t("progressLabel")}>
      <div className="h-2 w-full overflow-hidden rounded bg-slate-100">
        <div
          role="progressbar"
          aria-valuenow={pct}
          aria-valuemin={0}
          aria-valuemax={100}
          className="h-full bg-blue-600 transition-all"
          style={{ width: `${pct}%` }}
        />
      </div>
      <p role="status">
        {t("progress", {
          state:
            p.status === "running" ? t("running") : p.status === "done" ? t("done") : t("failed"),
          processed: formatInteger(p.rowsProcessed),
          total: formatInteger(p.rowsTotal),
          inserted: formatInteger(p.rowsInserted),
          duplicate: formatInteger(p.rowsDuplicate),
          rejected: formatInteger(p.rowsRejected),
        })}
      </p>
      <RowErrors errors={p.errors} />
    </div>
  );
}
