// The dashboard's filters as a plain GET form: works without JavaScript, and the URL
// says what is shown (shareable, back button). Options are every value in the date
// range, so a filter on one dimension leaves the others (and its own) to choose from.
import { getTranslations } from "next-intl/server";
import type { AdDashboard } from "@/lib/adstats/report/dashboard";
import type { AdFilters } from "@/lib/adstats/schemas";

type Option = { value: string; label: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

function Select({
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  name: string;
  label: string;
  options: Option[];
  value: string | number | undefined;
  anyLabel: string;
}) {
  const current = value === undefined ? "" : String(value);
  const all =
    current && !options.some((o) => o.value === current)
      ? [{ value: current, label: current }, ...options]
      : options;
  return (
    <label className="block text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={current} className={inputClass}>
        <option value="">{anyLabel}</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const opts = (rows: { key: string }[], label: (key: string) => string = (k) => k) =>
  rows.map((r) => ({ value: r.key, label: label(r.key) }));

export async function FiltersForm({ filters, data }: { filters: AdFilters; data: AdDashboard }) {
  const t = await getTranslations("adStats");
  const f = await getTranslations("adStats.filters");
  const anyLabel = f("any");
  const { firstDay, lastDay } = data.range;
  return (
    <form
      method="get"
      aria-label={f("label")}
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 lg:grid-cols-8"
    >
      <label className="block text-xs font-medium text-slate-600">
        {f("from")}
        <input
          type="date"
          name="from"
          defaultValue={filters.from ?? ""}
          min={firstDay ?? undefined}
          max={lastDay ?? undefined}
          className={inputClass}
        />
      </label>
      <label className="block text-xs font-medium text-slate-600">
        {f("to")}
        <input
          type="date"
          name="to"
          defaultValue={filters.to ?? ""}
          min={firstDay ?? undefined}
          max={lastDay ?? undefined}
          className={inputClass}
        />
      </label>
      <Select
        name="deviceType"
        label={f("deviceType")}
        anyLabel={anyLabel}
        options={opts(data.choices.deviceType, (value) => t("deviceTypeValue", { value }))}
        value={filters.deviceType}
      />
      <Select
        name="deviceConnType"
        label={f("connection")}
        anyLabel={anyLabel}
        options={opts(data.choices.connType, (value) => t("connTypeValue", { value }))}
        value={filters.deviceConnType}
      />
      <Select
        name="bannerPos"
        label={f("bannerPos")}
        anyLabel={anyLabel}
        options={opts(data.choices.bannerPos, (value) => t("bannerPosValue", { value }))}
        value={filters.bannerPos}
      />
      <Select
        name="siteCategory"
        label={f("siteCategory")}
        anyLabel={anyLabel}
        options={opts(data.choices.siteCategory)}
        value={filters.siteCategory}
      />
      <Select
        name="appCategory"
        label={f("appCategory")}
        anyLabel={anyLabel}
        options={opts(data.choices.appCategory)}
        value={filters.appCategory}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
        >
          {f("apply")}
        </button>
        <a
          href="?"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
        >
          {f("reset")}
        </a>
      </div>
    </form>
  );
}
