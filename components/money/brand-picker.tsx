// Picks which of a manager's brands a money page shows (?brand=): a plain GET form, so
// it works without JavaScript; shown only to a manager of more than one brand.
import { getTranslations } from "next-intl/server";
import type { ManagedBrand } from "@/lib/settlement/select-brand";

export async function BrandPicker({
  brands,
  selected,
}: {
  brands: readonly ManagedBrand[];
  selected: string;
}) {
  if (brands.length < 2) return null;
  const t = await getTranslations("moneyTerms");
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-2 text-sm">
      <label className="grid gap-1">
        <span className="text-xs font-medium text-slate-600">{t("brandPicker.label")}</span>
        <select
          name="brand"
          defaultValue={selected}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
        >
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        {t("brandPicker.show")}
      </button>
    </form>
  );
}
