import type { OnboardingItem } from "@/lib/creators/onboarding-steps";

export function OnboardingChecklist({ steps }: { steps: OnboardingItem[] }) {
  return (
    <ol aria-label="Onboarding steps" className="space-y-3">
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
              {s.label}{" "}
              <span
                className={`text-xs font-semibold ${s.done ? "text-emerald-700" : "text-amber-700"}`}
              >
                {s.done ? "Done" : "To do"}
              </span>
            </p>
            <p className="text-xs text-slate-600">{s.detail}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
