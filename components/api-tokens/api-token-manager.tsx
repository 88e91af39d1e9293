"use client";
// Create, list and revoke a brand's API tokens through server actions. A new token's
// secret lives only in this component's state until the page is left: the server
// keeps its hash and can never show it again.
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ActionResult } from "@/lib/api/action";
import type { ApiTokenView } from "@/lib/auth/api-tokens/schemas";
import { API_TOKEN_LIMITS } from "@/lib/auth/api-tokens/schemas";
import { formatDateTime } from "@/lib/reporting/format";

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
  const [copied, setCopied] = useState(false);
  return (
    <Card title={`Token “${props.name}” created`} className="border-emerald-300 bg-emerald-50">
      <p className="text-sm text-slate-700">
        Copy it now: it is shown this once. We keep only a hash of it.
      </p>
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
          {copied ? "Copied" : "Copy"}
        </button>
        <button
          type="button"
          onClick={props.onDone}
          className="rounded-md px-3 py-1 text-sm text-slate-600 hover:bg-emerald-100"
        >
          Done
        </button>
      </div>
      <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        {`curl -H "Authorization: Bearer ${props.secret}" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1/campaigns`}
      </pre>
    </Card>
  );
}

function CreateForm(props: {
  brands: { id: string; name: string }[];
  createToken: CreateToken;
  onCreated: (c: { name: string; secret: string }) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(
    null,
  );
  return (
    <Card
      title="Create a token"
      description={`At most ${API_TOKEN_LIMITS.livePerBrand} live tokens per brand.`}
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
          <span className="font-medium text-slate-700">Name</span>
          <input
            name="name"
            required
            maxLength={API_TOKEN_LIMITS.nameLength}
            placeholder="e.g. Sales spreadsheet sync"
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          {error?.fields?.name ? (
            <span className="text-xs text-red-700">{error.fields.name[0]}</span>
          ) : null}
        </label>
        {props.brands.length > 1 ? (
          <label className="block text-sm">
            <span className="font-medium text-slate-700">Brand</span>
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
          <legend className="font-medium text-slate-700">Access</legend>
          <div className="mt-1 flex gap-3">
            <label className="flex items-center gap-1">
              <input type="radio" name="access" value="read" defaultChecked /> Read
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="access" value="write" /> Read and write
            </label>
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          {pending ? "Creating…" : "Create token"}
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
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (props.tokens.length === 0) {
    return (
      <Card title="Tokens">
        <p className="text-sm text-slate-600">No tokens yet.</p>
      </Card>
    );
  }
  return (
    <Card title="Tokens">
      {error ? (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Table caption="API tokens">
        <THead>
          <TH>Name</TH>
          <TH>Token</TH>
          <TH>Access</TH>
          <TH>Created</TH>
          <TH>Last used</TH>
          <TH>Status</TH>
        </THead>
        <TBody>
          {props.tokens.map((t) => (
            <TR key={t.id}>
              <TD label="Name" primary>
                <span className="font-medium text-slate-900">{t.name}</span>
                {props.multiBrand ? (
                  <span className="block text-xs text-slate-500">{t.brandName}</span>
                ) : null}
              </TD>
              <TD label="Token">
                <code className="text-xs">{t.displayPrefix}…</code>
              </TD>
              <TD label="Access">{t.scopes.includes("write") ? "Read and write" : "Read"}</TD>
              <TD label="Created">
                {formatDateTime(t.createdAt)}
                <span className="block text-xs text-slate-500">
                  {t.createdBy.name ?? t.createdBy.email}
                </span>
              </TD>
              <TD label="Last used">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never"}</TD>
              <TD label="Status">
                {t.revokedAt ? (
                  <Badge tone="red" title={formatDateTime(t.revokedAt)}>
                    Revoked
                  </Badge>
                ) : (
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={`Revoke ${t.name}`}
                    onClick={() => {
                      if (
                        !window.confirm(
                          `Revoke “${t.name}”? Programs using it will get 401 at once.`,
                        )
                      )
                        return;
                      startTransition(async () => {
                        const result = await props.revokeToken({ tokenId: t.id });
                        setError(result.ok ? null : result.error.message);
                      });
                    }}
                    className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
                  >
                    Revoke
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
