// /dashboard/conversions – how orders reach the platform: the signed webhook (secret,
// headers) and the CSV import of a SmartStore order export.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderImport } from "@/components/money/order-import";
import { AttributionRule } from "@/components/money/rules";
import { WebhookSecretCard } from "@/components/money/webhook-secret-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { BrandPicker } from "@/components/money/brand-picker";
import { requireUser } from "@/lib/auth/guards";
import { pickBrand } from "../pick-brand";
import { readWebhookSecret } from "@/lib/conversions/webhook-secret";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("money.orders"))("metaTitle") };
}

export default async function ConversionsPage({
  searchParams,
}: {
  searchParams: Promise<{ brand?: string | string[] }>;
}) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("money.orders");
  const tm = await getTranslations("money");
  const picked = await pickBrand(user, searchParams);
  const brandId = picked.brandId;
  if (!brandId) return <EmptyState title={tm("noBrand.title")}>{tm("noBrand.body")}</EmptyState>;
  const stored = await readWebhookSecret(pool, brandId);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BrandPicker brands={picked.brands} selected={brandId} />
      <div className="space-y-6">
        <Card title={t("attributionTitle")}>
          <AttributionRule />
        </Card>
        <Card title={t("webhookTitle")} description={t("webhookDescription")}>
          <WebhookSecretCard brandId={brandId} secret={stored?.secret ?? null} />
          {/* the request's shape: protocol, not prose, so it is not translated */}
          <pre
            translate="no"
            className="mt-4 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs text-slate-700"
          >{`POST ${env().NEXTAUTH_URL}/api/v1/conversions
X-CreatorMatch-Brand: ${brandId}
X-CreatorMatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">

{"orderId":"2026120412345","occurredAt":"2026-12-04T10:00:00+09:00",
 "amount":35000,"quantity":1,"product":"…","clickId":"…","promoCode":"…"}`}</pre>
          <p className="mt-2 text-xs text-slate-600">
            {t.rich("webhookNotes", { code: (chunks) => <code>{chunks}</code> })}
          </p>
        </Card>
        <Card title={t("csvTitle")} description={t("csvDescription")}>
          <OrderImport brandId={brandId} />
        </Card>
      </div>
    </>
  );
}
