// /dashboard/api-tokens – the brand's API tokens: create one (its secret is shown once),
// see who made each and when it was last used, revoke it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ApiTokenManager } from "@/components/api-tokens/api-token-manager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/auth/api-tokens/list-api-tokens";
import { requireUser } from "@/lib/auth/guards";
import { listBrands } from "@/lib/reporting/list-brands";
import { createApiToken, revokeApiToken } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("metaTitle") };
}

export default async function ApiTokensPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("apiTokens");
  const header = (
    <PageHeader
      title={t("title")}
      description={t.rich("description", {
        code: (chunks) => <code>{chunks}</code>,
        link: (chunks) => (
          <Link href="/docs/api" className="text-blue-700 underline">
            {chunks}
          </Link>
        ),
      })}
    />
  );
  if (user.brandIds.length === 0) {
    return (
      <>
        {header}
        <EmptyState title={t("noBrandTitle")}>{t("noBrandBody", { email: user.email })}</EmptyState>
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
