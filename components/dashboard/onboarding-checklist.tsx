import { useTranslations } from "next-intl";
import type { OnboardingItem } from "@/lib/creators/onboarding-steps";

export function OnboardingChecklist({ steps }: { steps: OnboardingItem[] }) {
  const t = useTranslations("common");
  const tc = useTranslations("channel.checklist");
  const tv = useTranslations("vocab");
  const detail = (s: OnboardingItem) => {
    if (!s.done) return tc(`${s.key}.todo`);
    if (s.key === "CONNECT_CHANNEL") return tc(`${s.key}.done`, { count: s.values.count ?? 0 });
    if (s.key === "RATE_CARD") return tc(`${s.key}.done`);
    const cats = (s.values.categories ?? []).map((c) =>
      tv.has(`category.${c}`) ? tv(`category.${c}`) : c,
    );
    const region = s.values.region ?? "";
    return `${cats.join(", ")} · ${tv.has(`region.${region}`) ? tv(`region.${region}`) : region}`;
  };
  return (
    <ol aria-label={t("stepsLabel")} className="space-y-3">
      {steps.map((s) => (
        <li key={s.key} className="flex gap-3">
          <span
            aria-hidden="true"
            className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
              s.done ? "bg-emerald-600 text-white" : "border-2 border-slate-300 text-transparent"
            }`}
          >
            ✓
          </span>
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-900">
              {tc(`${s.key}.label`)}{" "}
              <span
                className={`text-xs font-semibold ${s.done ? "text-emerald-700" : "text-amber-700"}`}
              >
                {s.done ? t("done") : t("toDo")}
              </span>
            </p>
            <p className="text-xs text-slate-600">{detail(s)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
