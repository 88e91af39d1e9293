"use client";
// Uploads an Avazu log to /api/v1/adstats/imports and shows two progress bars: bytes
// sent (XMLHttpRequest's upload events; fetch has none) and rows imported (the NDJSON
// lines the route streams back while it imports).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormat } from "@/lib/i18n/use-format";

type Progress = {
  rowsInserted: number;
  rowsDuplicate: number;
  rowsDeadLettered: number;
  bytesRead: number;
};
type Result = Progress & {
  rowsRead: number;
  rowsStored: number;
  impressions: number;
  clicks: number;
  ctr: number;
  seconds: number;
};
type Message =
  | ({ type: "progress" } & Progress)
  | { type: "done"; result: Result }
  | { type: "error"; message: string };

function Bar({ label, value, max }: { label: string; value: number; max: number }) {
  const { formatPercent } = useFormat();
  return (
    <div>
      <div className="flex justify-between text-xs text-slate-600">
        <span>{label}</span>
        <span>{max > 0 ? formatPercent(Math.min(1, value / max), 0) : ""}</span>
      </div>
      <progress
        className="mt-1 h-2 w-full accent-blue-600"
        value={value}
        max={max || 1}
        aria-label={label}
      />
    </div>
  );
}

export function UploadForm() {
  const router = useRouter();
  const t = useTranslations("adStats.upload");
  const { formatInteger, formatPercent } = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState({ loaded: 0, total: 0 });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function start(event: React.FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(null);
    setSent({ loaded: 0, total: file.size });
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) return;
      for (const line of text.slice(seen, end).split("\n")) {
        if (!line.trim()) continue;
        let msg: Message;
        try {
          msg = JSON.parse(line) as Message;
        } catch {
          continue;
        }
        if (msg.type === "progress") setProgress(msg);
        else if (msg.type === "done") setResult(msg.result);
        else setError(msg.message);
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => setSent({ loaded: e.loaded, total: e.total || file.size });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.status !== 200) {
        try {
          setError((JSON.parse(xhr.responseText) as { error: { message: string } }).error.message);
        } catch {
          setError(t("failed", { status: xhr.status }));
        }
      } else {
        readLines();
        router.refresh();
      }
      setBusy(false);
    };
    xhr.onerror = () => {
      setError(t("connectionLost"));
      setBusy(false);
    };
    xhr.open(
      "POST",
      `/api/v1/adstats/imports?name=${encodeURIComponent(file.name.replace(/[^\w .()+-]/g, "_").slice(0, 200))}`,
    );
    xhr.setRequestHeader(
      "content-type",
      file.name.endsWith(".gz") ? "application/gzip" : "text/csv",
    );
    xhr.send(file);
  }

  const rows = progress
    ? progress.rowsInserted + progress.rowsDuplicate + progress.rowsDeadLettered
    : 0;
  return (
    <form onSubmit={start} className="space-y-4">
      <label className="block text-sm font-medium text-slate-700">
        {t.rich("file", { code: (c) => <code>{c}</code> })}
        <input
          ref={input}
          type="file"
          name="file"
          accept=".csv,.gz,text/csv,application/gzip"
          required
          disabled={busy}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-blue-600 px-3 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
      >
        {busy ? t("importing") : t("import")}
      </button>
      {sent.total > 0 ? (
        <div className="space-y-3" aria-live="polite">
          <Bar label={t("uploaded")} value={sent.loaded} max={sent.total} />
          <Bar
            label={t("imported", { count: formatInteger(rows) })}
            value={progress?.bytesRead ?? 0}
            max={sent.total}
          />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {result && result.rowsStored === 0 && result.rowsDeadLettered > 0 ? (
        // every row refused: most likely not an Avazu log at all
        <p role="alert" className="text-sm text-amber-800">
          {t("noValidRow", { count: result.rowsDeadLettered })}
        </p>
      ) : null}
      {result ? (
        <dl
          aria-label={t("result")}
          className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm sm:grid-cols-4"
        >
          {(
            [
              [t("rowsRead"), formatInteger(result.rowsRead)],
              [t("stored"), formatInteger(result.rowsStored)],
              [t("rowsNew"), formatInteger(result.rowsInserted)],
              [t("alreadyStored"), formatInteger(result.rowsDuplicate)],
              [t("deadLettered"), formatInteger(result.rowsDeadLettered)],
              [t("clicks"), formatInteger(result.clicks)],
              [t("ctr"), formatPercent(result.ctr, 2)],
              [t("seconds"), String(result.seconds)],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs text-slate-500">{k}</dt>
              <dd className="font-medium tabular-nums text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </form>
  );
}
