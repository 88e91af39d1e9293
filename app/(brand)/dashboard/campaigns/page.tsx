// /dashboard/campaigns – every campaign of the manager's brands, newest first, a status
// at a time, searchable by title, a page at a time. The page link's cursor is signed
// for this user, status and search (lib/paging/signed-cursor.ts), so a link cannot
// page from someone else's campaign; the dashboard shows only the newest few and links
// here.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CampaignList } from "@/components/dashboard/campaign-list";
import { NewCampaignLink } from "@/components/dashboard/new-campaign-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { CAMPAIGN_STATUSES } from "@/lib/campaigns/schemas";
import type { CampaignStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import {
  decodeNewestFirstCursor,
  encodeNewestFirstCursor,
  type NewestFirstPosition,
} from "@/lib/paging/newest-first-cursor";
import { listBrandCampaigns } from "@/lib/reporting/list-brand-campaigns";
import { listBrands } from "@/lib/reporting/list-brands";
import { setCampaignStatus } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard.campaignsPage"))("metaTitle") };
}

const PAGE_SIZE = 25;
const Query = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional().catch(undefined),
  // Postgres text cannot hold a NUL: control characters go, a long text is cut, and
  // nothing left means no search
  q: z
    .string()
    .transform(
      (s) =>
        s
          .replace(/[\u0000-\u001f\u007f]/g, " ")
          .trim()
          .slice(0, 100) || undefined,
    )
    .optional()
    .catch(undefined),
  cursor: z.string().max(512).optional().catch(undefined),
});

type Filter = { status?: CampaignStatus; q?: string };

const cursorScope = (userId: string, { status, q }: Filter) =>
  `dashboard-campaigns:${userId}:${status ?? "*"}:${q ?? ""}`;

function href({ status, q }: Filter, cursor?: string): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const s = params.toString();
  return s ? `/dashboard/campaigns?${s}` : "/dashboard/campaigns";
}

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("dashboard.campaignsPage");
  const tStatus = await getTranslations("enums.campaignStatus");
  // a hand-edited or stale link shows the list from its start instead of an error page
  const { status, q, cursor } = Query.parse(await searchParams);
  const scope = cursorScope(user.id, { status, q });
  let after: NewestFirstPosition | undefined;
  let staleCursor = false;
  if (cursor) {
    try {
      after = decodeNewestFirstCursor(cursor, scope);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      staleCursor = true;
    }
  }
  const [brands, list] = await Promise.all([
    listBrands(user.brandIds),
    listBrandCampaigns(user.brandIds, {
      limit: PAGE_SIZE,
      status,
      search: q,
      after,
    }),
  ]);
  const next = list.next ? encodeNewestFirstCursor(list.next, scope) : null;
  const tab = "rounded-md px-3 py-1.5 text-sm font-medium";

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { brands: brands.map((b) => b.name).join(", ") })}
      >
        <NewCampaignLink />
      </PageHeader>
      <nav aria-label={t("filter")} className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...CAMPAIGN_STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={href({ status: s, q })}
            aria-current={s === status ? "page" : undefined}
            className={
              s === status
                ? `${tab} bg-blue-600 text-white`
                : `${tab} bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50`
            }
          >
            {s ? tStatus(s) : t("all")}
          </Link>
        ))}
      </nav>
      <form role="search" action="/dashboard/campaigns" className="mb-4 flex max-w-md gap-2">
        {status && <input type="hidden" name="status" value={status} />}
        <label htmlFor="campaign-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="campaign-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button
          type="submit"
          className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          {t("search")}
        </button>
      </form>
      {staleCursor && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("badCursor")}
        </p>
      )}
      <Card title={t("count", { count: list.total })}>
        <CampaignList
          rows={list.rows}
          showBrand={brands.length > 1}
          setStatus={setCampaignStatus}
          filtered={Boolean(status || q)}
        />
      </Card>
      {(after || next) && (
        <nav aria-label={t("paging")} className="mt-4 flex justify-between text-sm">
          {after ? (
            <Link href={href({ status, q })} className="text-blue-700 hover:underline">
              {t("first")}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={href({ status, q }, next)} className="text-blue-700 hover:underline">
              {t("next")} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
