// The "New campaign" button of the dashboard and the campaigns page headers.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NewCampaignLink() {
  const t = await getTranslations("dashboard");
  return (
    <Link
      href="/dashboard/campaigns/new"
      className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
    >
      {t("newCampaign")}
    </Link>
  );
}
