"use client";
// Categories (in order of importance), home region and its district, and languages.
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { BUTTON, INPUT } from "@/components/workflow/offer-form";
import { saveProfile } from "@/lib/creators/onboarding-actions";
import { LANGUAGES } from "@/lib/creators/profile-schemas";
import { CATEGORIES, MAX_CATEGORIES } from "@/lib/matching/engine/taxonomy";
import { DISTRICT_OPTIONS } from "@/lib/matching/engine/district-label";
import { KR_REGIONS } from "@/lib/matching/engine/regions";
import { FieldError, FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

export function ProfileForm(props: {
  categories: string[];
  region: string | null;
  district: string | null;
  languages: string[];
}) {
  const t = useTranslations("creatorProfile");
  const tv = useTranslations("vocab");
  const locale = useLocale();
  // the district list follows the region chosen
  const [region, setRegion] = useState(props.region ?? "");
  const districts = DISTRICT_OPTIONS[region] ?? [];
  const { submit, err, message, pending } = useActionForm();
  const slots = Array.from({ length: MAX_CATEGORIES }, (_, i) => props.categories[i] ?? "");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const categories = [...new Set(d.getAll("category").map(String).filter(Boolean))];
    submit(
      () =>
        saveProfile({
          categories: categories as never,
          region: String(d.get("region") ?? "") as never,
          district: String(d.get("district") ?? "") || null,
          languages: d.getAll("languages").map(String) as never,
        }),
      t("profile.saved"),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("profile.formLabel")}>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          {t("profile.categories")}{" "}
          <span className="font-normal text-slate-500">{t("profile.categoriesHint")}</span>
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {slots.map((value, i) => (
            <label key={i} className="text-xs text-slate-600">
              {i === 0 ? t("profile.main") : t("profile.also", { n: i })}
              <select
                name="category"
                defaultValue={value}
                className={INPUT}
                aria-invalid={!!err("categories")}
              >
                <option value="">—</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {tv(`category.${c}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <FieldError id="categories-error" text={err("categories")} />
      </fieldset>
      <label className="block text-sm font-medium text-slate-800">
        {t("profile.region")}
        <select
          name="region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          className={`${INPUT} mt-1 block sm:w-60`}
          aria-invalid={!!err("region")}
        >
          <option value="">{t("profile.choose")}</option>
          {KR_REGIONS.map((r) => (
            <option key={r} value={r}>
              {tv(`region.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id="region-error" text={err("region")} />
      </label>
      {districts.length > 0 ? (
        <label className="block text-sm font-medium text-slate-800">
          {t("profile.district")}{" "}
          <span className="font-normal text-slate-500">{t("profile.districtHint")}</span>
          <select
            // a new list for each region, each starting from what was saved
            key={region}
            name="district"
            defaultValue={props.district ?? ""}
            className={`${INPUT} mt-1 block sm:w-60`}
            aria-invalid={!!err("district")}
          >
            <option value="">{t("profile.districtNone")}</option>
            {districts.map((o) => (
              <option key={o.key} value={o.key}>
                {locale === "ko" ? o.hangul : o.latin}
              </option>
            ))}
          </select>
          <FieldError id="district-error" text={err("district")} />
        </label>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("profile.languages")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {LANGUAGES.map((l) => (
            <label key={l} className="flex items-center gap-1.5 text-sm text-slate-700">
              <input
                type="checkbox"
                name="languages"
                value={l}
                defaultChecked={props.languages.includes(l)}
              />
              {t(`language.${l}`)}
            </label>
          ))}
        </div>
        <FieldError id="languages-error" text={err("languages")} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON} disabled={pending}>
          {pending ? t("saving") : t("profile.save")}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
