// /docs/api – the API reference for people, rendered on the server from the same
// OpenAPI document /api/v1/openapi.json serves (no script, no CDN: the CSP holds).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ALL_ROUTES } from "@/app/api/v1/openapi.json/route";
import { OperationView, WithCode } from "@/components/api-docs/operation-view";
import { SchemaView } from "@/components/api-docs/schema-view";
import type { OpenApiDoc, Operation } from "@/components/api-docs/types";
import { openApiDocument } from "@/lib/api/openapi/openapi-document";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("metaTitle") };
}

export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const doc = openApiDocument(ALL_ROUTES) as unknown as OpenApiDoc;
  const tagName = (tag: string) => (t.has(`tag.${tag}`) ? t(`tag.${tag}`) : tag);
  const byTag = new Map<string, { path: string; method: string; op: Operation }[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { path, method, op }]);
    }
  }
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <header className="mb-6">
        <p className="text-sm text-slate-500">
          <Link href="/" className="hover:underline">
            Creator Match
          </Link>{" "}
          · v{doc.info.version}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-600">
          <WithCode text={t("description")} />
        </p>
        <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
        <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          <code>
            {'curl -H "Authorization: Bearer cm_live_…" https://<this host>/api/v1/campaigns'}
          </code>
        </pre>
        <p className="mt-2 text-sm">
          {t("machineReadable")}{" "}
          <a className="text-blue-700 underline" href="/api/v1/openapi.json">
            <code>/api/v1/openapi.json</code>
          </a>{" "}
          (OpenAPI 3.1) · {t("tokens")}{" "}
          <Link className="text-blue-700 underline" href="/dashboard/api-tokens">
            <code>/dashboard/api-tokens</code>
          </Link>
        </p>
        <nav aria-label={t("sections")} className="mt-4 flex flex-wrap gap-2 text-sm">
          {[...byTag.keys()].map((tag) => (
            <a
              key={tag}
              href={`#tag-${tag}`}
              className="rounded-full bg-slate-100 px-3 py-1 hover:bg-slate-200"
            >
              {tagName(tag)}
            </a>
          ))}
        </nav>
      </header>
      {[...byTag.entries()].map(([tag, ops]) => (
        <section key={tag} id={`tag-${tag}`} className="mb-8 scroll-mt-4">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">{tagName(tag)}</h2>
          <div className="space-y-4">
            {ops.map((o) => (
              <OperationView key={`${o.method} ${o.path}`} {...o} />
            ))}
          </div>
        </section>
      ))}
      <section id="schemas" className="mb-8">
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("schemas")}</h2>
        <div className="space-y-4">
          {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
            <div
              key={name}
              id={`schema-${name}`}
              className="rounded-xl border border-slate-200 bg-white p-4"
            >
              <h3 translate="no" className="mb-2 font-mono text-sm font-semibold">
                {name}
              </h3>
              <SchemaView schema={schema} />
            </div>
          ))}
        </div>
      </section>
    </main>
  );
}
