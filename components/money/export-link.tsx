// A CSV download of a settlement table, scoped on the server to whoever clicks it.
import { getTranslations } from "next-intl/server";

export async function ExportLink({ table }: { table: "settlements" | "statements" }) {
  const t = await getTranslations("money");
  return (
    <a
      className="text-sm font-medium text-blue-700 hover:underline"
      href={`/api/v1/settlements/export?table=${table}`}
    >
      {t("exportCsv")}
    </a>
  );
}
