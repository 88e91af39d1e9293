// The dashboard's filters as a plain GET form: works without JavaScript, and the URL
// says what is shown (shareable, back button). Options come from the data shown.
import type { AdDashboard } from "@/lib/adstats/dashboard";
import type { AdFilters } from "@/lib/adstats/schemas";

type Option = { value: string; label: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

function Select({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: Option[];
  value: string | number | undefined;
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
        <option value="">Any</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const opts = (rows: { key: string }[], prefix = "") =>
  rows.map((r) => ({ value: r.key, label: prefix + r.key }));

export function FiltersForm({ filters, data }: { filters: AdFilters; data: AdDashboard }) {
  const { firstDay, lastDay } = data.range;
  return (
    <form
      method="get"
      aria-label="Filters"
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 lg:grid-cols-8"
    >
      <label className="block text-xs font-medium text-slate-600">
        From
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
        To
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
        label="Device type"
        options={opts(data.deviceType, "type ")}
        value={filters.deviceType}
      />
      <Select
        name="deviceConnType"
        label="Connection"
        options={opts(data.connType, "conn ")}
        value={filters.deviceConnType}
      />
      <Select
        name="bannerPos"
        label="Banner position"
        options={opts(data.bannerPos, "pos ")}
        value={filters.bannerPos}
      />
      <Select
        name="siteCategory"
        label="Site category"
        options={opts(data.siteCategory)}
        value={filters.siteCategory}
      />
      <Select
        name="appCategory"
        label="App category"
        options={opts(data.appCategory)}
        value={filters.appCategory}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
        >
          Apply
        </button>
        <a
          href="?"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
        >
          Reset
        </a>
      </div>
    </form>
  );
}
