// /dashboard/api-tokens – the brand's API tokens: create one (its secret is shown once),
// see who made each and when it was last used, revoke it.
import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokenManager } from "@/components/api-tokens/api-token-manager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/auth/api-tokens/list-api-tokens";
import { requireUser } from "@/lib/auth/guards";
import { listBrands } from "@/lib/reporting/list-brands";
import { createApiToken, revokeApiToken } from "./actions";

export const metadata: Metadata = { title: "API tokens · Creator Match" };

export default async function ApiTokensPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  const header = (
    <PageHeader
      title="API tokens"
      description={
        <>
          Programs call the API with a token: <code>Authorization: Bearer cm_live_…</code>. A token
          acts as its brand. See the{" "}
          <Link href="/docs/api" className="text-blue-700 underline">
            API reference
          </Link>
          .
        </>
      }
    />
  );
  if (user.brandIds.length === 0) {
    return (
      <>
        {header}
        <EmptyState title="You are not a member of any brand yet">
          Tokens belong to a brand; ask your brand&apos;s owner to add {user.email}.
        </EmptyState>
      </>
    );
  }
  const [brands, tokens] = await Promise.all([listBrands(user.brandIds), listApiTokens(user)]);
  return (
    <>
      {header}
      <ApiTokenManager
        brands={brands.map((b) => ({ id: b.id, name: b.name }))}
        tokens={tokens}
        createToken={createApiToken}
        revokeToken={revokeApiToken}
      />
    </>
  );
}
