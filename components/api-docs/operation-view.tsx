// One operation of the reference: method and path, what it does, who may call it, its
// parameters, request body and answers, each with its example and schema.
import { useTranslations } from "next-intl";
import type { MediaType, Operation } from "./types";
import { SchemaView, typeLabel } from "./schema-view";

const METHOD_TONE: Record<string, string> = {
  get: "bg-blue-100 text-blue-800",
  post: "bg-emerald-100 text-emerald-800",
  patch: "bg-amber-100 text-amber-800",
  put: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

export function OperationView({
  path,
  method,
  op,
}: {
  path: string;
  method: string;
  op: Operation;
}) {
  const t = useTranslations("apiDocs");
  return (
    <section
      id={op.operationId}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 className="flex flex-wrap items-center gap-2">
        <span
          translate="no"
          className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_TONE[method] ?? ""}`}
        >
          {method}
        </span>
        <code className="break-all text-sm font-semibold text-slate-900">{path}</code>
      </h3>
      {/* The summary in the reader's language; the description is the API's own English. */}
      {op.operationId && t.has(`summary.${op.operationId}`) ? (
        <p className="mt-1 font-medium text-slate-800">{t(`summary.${op.operationId}`)}</p>
      ) : (
        <p lang="en" className="mt-1 font-medium text-slate-800">
          {op.summary}
        </p>
      )}
      {op.description ? (
        <p lang="en" className="mt-1 whitespace-pre-line text-sm text-slate-600">
          <WithCode text={op.description} />
        </p>
      ) : null}
      {op.parameters?.length ? (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {t("parameters")}
          </h4>
          <ul className="mt-1 space-y-1 text-xs">
            {op.parameters.map((p) => (
              <li key={`${p.in}:${p.name}`} className="break-words">
                <code className="font-semibold">{p.name}</code>{" "}
                <span className="text-slate-500">
                  {t("in", { where: t.has(`where.${p.in}`) ? t(`where.${p.in}`) : p.in })}
                </span>{" "}
                <code className="text-violet-700">{p.schema ? typeLabel(p.schema) : "string"}</code>
                {p.required ? <span className="ml-1 text-red-700">{t("required")}</span> : null}
                {p.example !== undefined ? (
                  <span className="ml-1 text-slate-500">
                    {t.rich("example", {
                      value: String(p.example),
                      code: (chunks) => <code>{chunks}</code>,
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {op.requestBody?.content
        ? Object.entries(op.requestBody.content).map(([type, media]) => (
            <Media key={type} title={t("requestBody", { type })} media={media} />
          ))
        : null}
      <div className="mt-3">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t("answers")}
        </h4>
        <ul className="mt-1 space-y-2 text-sm">
          {Object.entries(op.responses).map(([status, r]) => (
            <li key={status}>
              <code className="font-semibold">{status}</code>{" "}
              <span lang="en" className="text-slate-600">
                {r.$ref ? r.$ref.split("/").pop() : r.description}
              </span>
              {r.content
                ? Object.entries(r.content).map(([type, media]) => (
                    <Media key={type} title={type} media={media} />
                  ))
                : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Media({ title, media }: { title: string; media: MediaType }) {
  const t = useTranslations("apiDocs");
  return (
    <div className="mt-2">
      <h4 translate="no" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        {title}
      </h4>
      {media.example !== undefined ? (
        <pre className="mt-1 max-h-72 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
          <code>{JSON.stringify(media.example, null, 2)}</code>
        </pre>
      ) : null}
      {media.schema ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-blue-700">{t("schema")}</summary>
          <div className="mt-1 overflow-x-auto">
            <SchemaView schema={media.schema} />
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** Text with `code` spans, as the document's descriptions write them (CommonMark's inline code). */
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 text-xs">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
