// How complete the profile is, and what each part changes in how brands find you.
import { useTranslations } from "next-intl";
import type { CompletenessPart } from "@/lib/creators/profile-completeness";

export function CompletenessMeter({
  percent,
  parts,
}: {
  percent: number;
  parts: CompletenessPart[];
}) {
  const t = useTranslations("creatorProfile.completeness");
  return (
    <section
      aria-labelledby="completeness-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="completeness-heading" className="text-base font-medium text-slate-900">
          {t("title")}
        </h2>
        <span className="text-2xl font-semibold tabular-nums text-slate-900">{percent}%</span>
      </div>
      <div
        role="meter"
        aria-label={t("title")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-blue-600" style={{ width: `${percent}%` }} />
      </div>
      <ul className="mt-3 space-y-2">
        {parts.map((p) => (
          <li key={p.key} className="flex gap-2 text-sm">
            <span
              aria-hidden="true"
              className={`mt-0.5 h-4 w-4 flex-none rounded-full ${p.earned === p.points ? "bg-emerald-600" : p.earned > 0 ? "bg-amber-500" : "bg-slate-200"}`}
            />
            <span className="min-w-0">
              <span className="font-medium text-slate-800">{t(`parts.${p.key}.label`)}</span>{" "}
              <span className="tabular-nums text-slate-500">
                {t("points", { earned: p.earned, points: p.points })}
              </span>
              <span className="block text-xs text-slate-600">{t(`parts.${p.key}.effect`)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
