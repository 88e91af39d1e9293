"use client";
// Create or edit a campaign: every field, the target audience, the four factor
// weights with "reset to default", and hard filters. Checked in the browser with the
// API's own zod schema, then by the server action with the same schema; messages
// appear next to their fields either way.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/api/action";
import {
  CAMPAIGN_TYPES,
  CreateCampaignSchema,
  PLATFORMS,
  TIERS,
  UpdateCampaignSchema,
} from "@/lib/campaigns/schemas";
import type { CampaignDto } from "@/lib/campaigns/campaign-dto";
import { AGE_BUCKETS, DEFAULT_WEIGHTS, GENDERS } from "@/lib/matching/engine/types";
import { BUTTON, BUTTON_SECONDARY, INPUT } from "@/components/workflow/offer-form";
import { localizeIssue } from "@/lib/i18n/localize-issue";
import { CATEGORIES } from "@/lib/matching/engine/taxonomy";
import { formNumber } from "@/components/ui/form-number";
import { SUPPORTED_CURRENCIES } from "@/lib/money";

type Save = (input: {
  campaignId?: string;
  data: unknown;
}) => Promise<ActionResult<{ id: string }>>;
type Weights = typeof DEFAULT_WEIGHTS;
// Labels: campaignForm.factor.<key>.
const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[];

const list = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const day = (v: FormDataEntryValue | null) => (String(v ?? "") ? String(v) : undefined);

export function CampaignForm({ campaign, save }: { campaign?: CampaignDto; save: Save }) {
  const router = useRouter();
  const t = useTranslations("campaignForm");
  const tv = useTranslations("validation");
  const te = useTranslations("enums");
  const tVocab = useTranslations("vocab");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  // After a refused submit, take the reader to the first field that needs a look: the
  // messages sit next to fields that may be far above the button.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const box = formRef.current?.querySelector("[data-field-error]")?.parentElement;
    if (!box) return;
    box.scrollIntoView({ block: "center" });
    box.querySelector<HTMLElement>("input, select, textarea")?.focus({ preventScroll: true });
  }, [errors]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const storedWeights = (campaign?.matchingWeights ?? null) as Weights | null;
  const [weights, setWeights] = useState<Weights>(storedWeights ?? DEFAULT_WEIGHTS);
  const filters = (campaign?.matchingFilters ?? {}) as Record<string, unknown>;

  function read(form: HTMLFormElement) {
    const d = new FormData(form);
    const maxRate = formNumber(d.get("maxRatePerVideo"));
    const minSubs = formNumber(d.get("minSubscribers"));
    const maxSubs = formNumber(d.get("maxSubscribers"));
    const tiers = d.getAll("filterTiers").map(String);
    const fRegions = list(d.get("filterRegions"));
    const fCategories = list(d.get("filterCategories"));
    return {
      title: String(d.get("title") ?? ""),
      productName: String(d.get("productName") ?? "") || undefined,
      productUrl: String(d.get("productUrl") ?? "") || undefined,
      description: String(d.get("description") ?? "") || undefined,
      category: String(d.get("category") ?? ""),
      type: String(d.get("type")),
      platforms: d.getAll("platforms").map(String),
      budget: formNumber(d.get("budget")),
      currency: String(d.get("currency") ?? "KRW").toUpperCase(),
      startsAt: day(d.get("startsAt")),
      endsAt: day(d.get("endsAt")),
      targetAudience: {
        ageRanges: d.getAll("ageRanges").map(String),
        genders: d.getAll("genders").map(String),
        countries: list(d.get("countries")).map((c) => c.toUpperCase()),
        regions: list(d.get("regions")),
        interests: list(d.get("interests")),
      },
      matchingWeights: weights,
      matchingFilters: {
        ...(tiers.length ? { tiers } : {}),
        ...(fRegions.length ? { regions: fRegions } : {}),
        ...(fCategories.length ? { categories: fCategories } : {}),
        ...(maxRate !== undefined ? { maxRatePerVideo: maxRate } : {}),
        ...(minSubs !== undefined ? { minSubscribers: minSubs } : {}),
        ...(maxSubs !== undefined ? { maxSubscribers: maxSubs } : {}),
      },
    };
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = read(e.currentTarget);
    const schema = campaign ? UpdateCampaignSchema : CreateCampaignSchema;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const f: Record<string, string[]> = {};
      for (const i of parsed.error.issues)
        (f[i.path.map(String).join(".") || "(root)"] ??= []).push(localizeIssue(i, tv));
      setErrors(f);
      setMessage(tv("needsLook"));
      return;
    }
    setErrors({});
    setMessage(null);
    start(async () => {
      const result = await save({ campaignId: campaign?.id, data });
      if (result.ok) {
        router.push(`/dashboard/campaigns/${result.data.id}`);
        return;
      }
      const f: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(result.error.fields ?? {}))
        f[k.replace(/^patch\./, "")] = v;
      setErrors(f);
      setMessage(result.error.message);
    });
  }

  const err = (k: string) => errors[k] ?? errors[`${k}.0`];
  const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "");

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5 text-sm">
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {message}
        </p>
      ) : null}
      <Section title={t("campaign")}>
        <F label={t("title")} error={err("title")}>
          <input name="title" defaultValue={campaign?.title} className={INPUT} />
        </F>
        <F label={t("category")} error={err("category")}>
          <select name="category" defaultValue={campaign?.category ?? "beauty"} className={INPUT}>
            {[
              ...(campaign && !(CATEGORIES as readonly string[]).includes(campaign.category)
                ? [campaign.category]
                : []),
              ...CATEGORIES,
            ].map((c) => (
              <option key={c} value={c}>
                {tVocab.has(`category.${c}`) ? tVocab(`category.${c}`) : c}
              </option>
            ))}
          </select>
        </F>
        <F label={t("type")} error={err("type")}>
          <select name="type" defaultValue={campaign?.type ?? "SPONSORED_VIDEO"} className={INPUT}>
            {CAMPAIGN_TYPES.map((type) => (
              <option key={type} value={type}>
                {te(`campaignType.${type}`)}
              </option>
            ))}
          </select>
        </F>
        <F label={t("platforms")} error={err("platforms")} group>
          <Checks
            name="platforms"
            values={PLATFORMS}
            checked={campaign?.platforms ?? ["YOUTUBE"]}
            label={(v) => te(`platform.${v}`)}
          />
        </F>
        <F label={t("productName")} error={err("productName")}>
          <input name="productName" defaultValue={campaign?.productName ?? ""} className={INPUT} />
        </F>
        <F label={t("productUrl")} error={err("productUrl")}>
          <input name="productUrl" defaultValue={campaign?.productUrl ?? ""} className={INPUT} />
        </F>
        <F label={t("description")} error={err("description")} wide>
          <textarea
            name="description"
            rows={3}
            defaultValue={campaign?.description ?? ""}
            className={INPUT}
          />
        </F>
      </Section>
      <Section title={t("budgetDates")}>
        <F label={t("budget")} error={err("budget")}>
          <input
            name="budget"
            inputMode="numeric"
            defaultValue={campaign?.budget}
            className={INPUT}
          />
        </F>
        <F label={t("currency")} error={err("currency")}>
          <select name="currency" defaultValue={campaign?.currency ?? "KRW"} className={INPUT}>
            {SUPPORTED_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </F>
        <F label={t("starts")} error={err("startsAt")}>
          <input
            type="date"
            name="startsAt"
            defaultValue={date(campaign?.startsAt)}
            className={INPUT}
          />
        </F>
        <F label={t("ends")} error={err("endsAt")}>
          <input
            type="date"
            name="endsAt"
            defaultValue={date(campaign?.endsAt)}
            className={INPUT}
          />
        </F>
      </Section>
      <Section title={t("audience")}>
        <F label={t("ages")} error={err("targetAudience.ageRanges")} wide group>
          <Checks
            name="ageRanges"
            values={AGE_BUCKETS}
            checked={campaign?.targetAudience.ageRanges ?? []}
          />
        </F>
        <F label={t("genders")} error={err("targetAudience.genders")} group>
          <Checks
            name="genders"
            values={GENDERS}
            checked={campaign?.targetAudience.genders ?? []}
            label={(v) => t(`gender.${v}`)}
          />
        </F>
        <F label={t("countries")} error={err("targetAudience.countries")}>
          <input
            name="countries"
            defaultValue={(campaign?.targetAudience.countries ?? ["KR"]).join(", ")}
            className={INPUT}
          />
        </F>
        <F label={t("regions")} error={err("targetAudience.regions")}>
          <input
            name="regions"
            defaultValue={(campaign?.targetAudience.regions ?? []).join(", ")}
            className={INPUT}
          />
        </F>
        <F label={t("interests")} error={err("targetAudience.interests")}>
          <input
            name="interests"
            defaultValue={(campaign?.targetAudience.interests ?? []).join(", ")}
            className={INPUT}
          />
        </F>
      </Section>
      <Section
        title={t("scoring")}
        action={
          <button
            type="button"
            className={BUTTON_SECONDARY}
            onClick={() => setWeights(DEFAULT_WEIGHTS)}
          >
            {t("reset")}
          </button>
        }
      >
        {WEIGHT_KEYS.map((k) => (
          <F
            key={k}
            label={t("weightLabel", { factor: t(`factor.${k}`) })}
            error={err(`matchingWeights.${k}`)}
          >
            <input
              aria-label={t("weightAria", { factor: t(`factor.${k}`) })}
              inputMode="decimal"
              value={String(weights[k])}
              onChange={(e) =>
                setWeights({
                  ...weights,
                  [k]: e.target.value === "" ? NaN : Number(e.target.value),
                })
              }
              className={INPUT}
            />
          </F>
        ))}
        {err("matchingWeights") ? (
          <p className="text-xs text-red-600">{err("matchingWeights")!.join(" ")}</p>
        ) : null}
      </Section>
      <Section title={t("filters")}>
        <F label={t("tiers")} error={err("matchingFilters.tiers")} wide group>
          <Checks
            name="filterTiers"
            values={TIERS}
            checked={(filters.tiers as string[]) ?? []}
            label={(v) => te(`tier.${v}`)}
          />
        </F>
        <F label={t("filterRegions")} error={err("matchingFilters.regions")}>
          <input
            name="filterRegions"
            defaultValue={((filters.regions as string[]) ?? []).join(", ")}
            className={INPUT}
          />
        </F>
        <F label={t("filterCategories")} error={err("matchingFilters.categories")}>
          <input
            name="filterCategories"
            defaultValue={((filters.categories as string[]) ?? []).join(", ")}
            className={INPUT}
          />
        </F>
        <F label={t("feeCeiling")} error={err("matchingFilters.maxRatePerVideo")}>
          <input
            name="maxRatePerVideo"
            inputMode="numeric"
            defaultValue={filters.maxRatePerVideo as number}
            className={INPUT}
          />
        </F>
        <F label={t("minSubs")} error={err("matchingFilters.minSubscribers")}>
          <input
            name="minSubscribers"
            inputMode="numeric"
            defaultValue={filters.minSubscribers as number}
            className={INPUT}
          />
        </F>
        <F label={t("maxSubs")} error={err("matchingFilters.maxSubscribers")}>
          <input
            name="maxSubscribers"
            inputMode="numeric"
            defaultValue={filters.maxSubscribers as number}
            className={INPUT}
          />
        </F>
      </Section>
      <div>
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? t("saving") : campaign ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="mb-3 flex items-center justify-between gap-2">
        <legend className="text-base font-semibold text-slate-900">{title}</legend>
        {action}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

function F({
  label,
  error,
  wide,
  group,
  children,
}: {
  label: string;
  error?: string[];
  wide?: boolean;
  /** A set of checkboxes: a named group, not one label around several inputs. */
  group?: boolean;
  children: ReactNode;
}) {
  const className = `grid content-start gap-1 ${wide ? "sm:col-span-2" : ""}`;
  const inner = (
    <>
      <span className="text-xs font-medium text-slate-600">{label}</span>
      {children}
      {error?.length ? (
        <span data-field-error className="text-xs text-red-600">
          {error.join(" ")}
        </span>
      ) : null}
    </>
  );
  return group ? (
    <div role="group" aria-label={label} className={className}>
      {inner}
    </div>
  ) : (
    <label className={className}>{inner}</label>
  );
}

function Checks({
  name,
  values,
  checked,
  label = (v) => v.toLowerCase(),
}: {
  name: string;
  values: readonly string[];
  checked: readonly string[];
  label?: (value: string) => string;
}) {
  return (
    <span className="flex flex-wrap gap-3">
      {values.map((v) => (
        <span key={v} className="flex items-center gap-1">
          <input
            type="checkbox"
            name={name}
            value={v}
            defaultChecked={checked.includes(v)}
            id={`${name}-${v}`}
          />
          <label htmlFor={`${name}-${v}`}>{label(v)}</label>
        </span>
      ))}
    </span>
  );
}
