// /dashboard/conversions – how orders reach the platform: the signed webhook (secret,
// headers) and the CSV import of a SmartStore order export.
import type { Metadata } from "next";
import { OrderImport } from "@/components/money/order-import";
import { AttributionRule } from "@/components/money/rules";
import { WebhookSecretCard } from "@/components/money/webhook-secret-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { readWebhookSecret } from "@/lib/conversions/webhook-secret";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Orders · Creator Match" };

export default async function ConversionsPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  const brandId = user.brandIds[0];
  if (!brandId)
    return <EmptyState title="No brand yet">Ask an admin to add you to a brand.</EmptyState>;
  const stored = await readWebhookSecret(pool, brandId);
  return (
    <>
      <PageHeader
        title="Orders"
        description="Send your shop's orders so that sales and revenue count for the creators who brought them."
      />
      <div className="space-y-6">
        <Card title="Attribution">
          <AttributionRule />
        </Card>
        <Card
          title="Order webhook"
          description="Your shop's server posts each order or refund as JSON, signed with this secret."
        >
          <WebhookSecretCard brandId={brandId} secret={stored?.secret ?? null} />
          <pre className="mt-4 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs text-slate-700">{`POST ${env().NEXTAUTH_URL}/api/v1/conversions
X-CreatorMatch-Brand: ${brandId}
X-CreatorMatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the secret>

{"orderId":"2026120412345","occurredAt":"2026-12-04T10:00:00+09:00",
 "amount":35000,"quantity":1,"product":"Glow serum","clickId":"…","promoCode":"…"}`}</pre>
          <p className="mt-2 text-xs text-slate-600">
            Refunds: the same order id with <code>&quot;kind&quot;:&quot;REFUND&quot;</code> and the
            refunded amount (positive; stored negative). The timestamp must be within 5 minutes. A
            resent order is answered with what is stored and changes nothing.
          </p>
        </Card>
        <Card
          title="Import a CSV"
          description="A SmartStore order export (상품주문번호, 주문일시, 상품명, 수량, 최종 상품별 총 주문금액, 쿠폰코드 / 클릭ID) or the same columns in English."
        >
          <OrderImport brandId={brandId} />
        </Card>
      </div>
    </>
  );
}
