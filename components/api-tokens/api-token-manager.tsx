"use client";
// Create, list and revoke a brand's API tokens through server actions. A new token's
// secret lives only in this component's state until the page is left: the server
// keeps its hash and can never show it again.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ActionResult } from "@/lib/api/action";
import { API_TOKEN_LIMITS, type ApiTokenView } from "@/lib/auth/api-tokens/schemas";
import { useFormat } from "@/lib/i18n/use-format";

type CreateToken = (
  input: unknown,
) => Promise<ActionResult<{ token: ApiTokenView; secret: string }>>;
type RevokeToken = (input: unknown) => Promise<ActionResult<ApiTokenView>>;

export function ApiTokenManager(props: {
  brands: { id: string; name: string }[];
  tokens: ApiTokenView[];
  createToken: CreateToken;
  revokeToken: RevokeToken;
}) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  return (
    <div className="space-y-6">
      {created ? <NewSecret {...created} onDone={() => setCreated(null)} /> : null}
      <CreateForm brands={props.brands} createToken={props.createToken} onCreated={setCreated} />
      <TokenList
        tokens={props.tokens}
        multiBrand={props.brands.length > 1}
        revokeToken={props.revokeToken}
      />
    </div>
  );
}

function NewSecret(props: { name: string; secret: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  const [copied, setCopied] = useState(false);
  return (
    <Card
      title={t("createdTitle", { name: props.name })}
      className="border-emerald-300 bg-emerald-50"
    >
      <p className="text-sm text-slate-700">{t("copyNow")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          data-testid="new-token-secret"
          className="min-w-0 max-w-full break-all rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-sm"
        >
          {props.secret}
        </code>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(props.secret).catch(() => undefined);
            setCopied(true);
          }}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
        >
          {copied ? t("copied") : t("copy")}
        </button>
        <button
          type="button"
          onClick={props.onDone}
          className="rounded-md px-3 py-1 text-sm text-slate-600 hover:bg-emerald-100"
        >
          {t("done")}
        </button>
      </div>
      {/* Rendered only after a creation, in the browser: window is there. */}
      <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        {`curl -H "Authorization: Bearer ${props.secret}" \\\n  ${window.location.origin}/api/v1/campaigns`}
      </pre>
    </Card>
  );
}

function CreateForm(props: {
  brands: { id: string; name: string }[];
  createToken: CreateToken;
  onCreated: (c: { name: string; secret: string }) => void;
}) {
  const t = useTranslations("apiTokens");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(
    null,
  );
  return (
    <Card
      title={t("createTitle")}
      description={t("createLimit", { count: API_TOKEN_LIMITS.livePerBrand })}
    >
      <form
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const input = {
            brandId: String(data.get("brandId")),
            name: String(data.get("name") ?? ""),
            scopes: data.get("access") === "write" ? ["read", "write"] : ["read"],
          };
          startTransition(async () => {
            const result = await props.createToken(input);
            if (!result.ok) return setError(result.error);
            setError(null);
            form.reset();
            props.onCreated({ name: result.data.token.name, secret: result.data.secret });
          });
        }}
      >
        <label className="block text-sm">
          <span className="font-medium text-slate-700">{t("name")}</span>
          <input
            name="name"
            required
            maxLength={API_TOKEN_LIMITS.nameLength}
            placeholder={t("namePlaceholder")}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          {error?.fields?.name ? (
            <span className="text-xs text-red-700">{error.fields.name[0]}</span>
          ) : null}
        </label>
        {props.brands.length > 1 ? (
          <label className="block text-sm">
            <span className="font-medium text-slate-700">{t("brand")}</span>
            <select
              name="brandId"
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            >
              {props.brands.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <input type="hidden" name="brandId" value={props.brands[0]?.id} />
        )}
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-700">{t("access")}</legend>
          <div className="mt-1 flex gap-3">
            <label className="flex items-center gap-1">
              <input type="radio" name="access" value="read" defaultChecked /> {t("read")}
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="access" value="write" /> {t("readWrite")}
            </label>
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      {error && !error.fields ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error.message}
        </p>
      ) : null}
    </Card>
  );
}

function TokenList(props: {
  tokens: ApiTokenView[];
  multiBrand: boolean;
  revokeToken: RevokeToken;
}) {
  const t = useTranslations("apiTokens");
  const f = useFormat();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (props.tokens.length === 0) {
    return (
      <Card title={t("listTitle")}>
        <p className="text-sm text-slate-600">{t("empty")}</p>
      </Card>
    );
  }
  return (
    <Card title={t("listTitle")}>
      {error ? (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Table caption={t("tableCaption")}>
        <THead>
          <TH>{t("colName")}</TH>
          <TH>{t("colToken")}</TH>
          <TH>{t("colAccess")}</TH>
          <TH>{t("colCreated")}</TH>
          <TH>{t("colLastUsed")}</TH>
          <TH>{t("colStatus")}</TH>
        </THead>
        <TBody>
          {props.tokens.map((token) => (
            <TR key={token.id}>
              <TD label={t("colName")} primary>
                <span className="font-medium text-slate-900">{token.name}</span>
                {props.multiBrand ? (
                  <span className="block text-xs text-slate-500">{token.brandName}</span>
                ) : null}
              </TD>
              <TD label={t("colToken")}>
                <code className="text-xs">{token.displayPrefix}…</code>
              </TD>
              <TD label={t("colAccess")}>
                {token.scopes.includes("write") ? t("readWrite") : t("read")}
              </TD>
              <TD label={t("colCreated")}>
                {f.formatDateTime(token.createdAt)}
                <span className="block text-xs text-slate-500">
                  {token.createdBy.name ?? token.createdBy.email}
                </span>
              </TD>
              <TD label={t("colLastUsed")}>
                {token.lastUsedAt ? f.formatDateTime(token.lastUsedAt) : t("never")}
              </TD>
              <TD label={t("colStatus")}>
                {token.revokedAt ? (
                  <Badge tone="red" title={f.formatDateTime(token.revokedAt)}>
                    {t("revoked")}
                  </Badge>
                ) : (
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={t("revokeLabel", { name: token.name })}
                    onClick={() => {
                      if (!window.confirm(t("revokeConfirm", { name: token.name }))) return;
                      startTransition(async () => {
                        const result = await props.revokeToken({ tokenId: token.id });
                        setError(result.ok ? null : result.error.message);
                      });
                    }}
                    className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
                  >
                    {t("revoke")}
                  </button>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
