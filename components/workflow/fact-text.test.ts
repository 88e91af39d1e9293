// Every fact and risk the matching engine writes renders in Korean and English: a
// message exists for it, every parameter is filled, and the Korean has no English left.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { FACT_CODES, type Fact } from "@/lib/matching/engine/facts";
import { deriveFeatures } from "@/lib/matching/engine/derive-features";
import { scoreCreator } from "@/lib/matching/engine/rank";
import { prepareCampaign } from "@/lib/matching/engine/prepare-campaign";
import { makeCampaign, makeFeatures } from "@/lib/matching/engine/test-fixtures";
import type { MatchResult } from "@/lib/matching/engine/types";
import { generateCreators } from "@/scripts/matching/eval/synthetic";
import { generateCampaigns } from "@/scripts/matching/eval/synthetic-campaigns";
import { factText, type Tr } from "./fact-text";

function render(locale: Locale) {
  const messages = loadMessages(locale);
  const tr = (namespace: string) =>
    createTranslator({ locale, messages, namespace: namespace as never }) as unknown as Tr;
  return factText(locale, tr("matchFacts"), tr("vocab"), tr("enums"));
}

function results(): MatchResult[] {
  const now = new Date("2026-11-01T00:00:00Z");
  const features = generateCreators(150, 11).map((r) => deriveFeatures(r, now));
  features.forEach((f, i) => {
    if (i % 13 === 0) f.ratePerVideo = null;
    if (i % 19 === 0) f.ratePerVideo = 0;
  });
  const campaigns = [
    ...generateCampaigns(6, 5),
    makeCampaign({ targetAudience: { ageRanges: [], genders: [], countries: [], regions: [] } }),
  ];
  return campaigns.flatMap((c) => {
    const q = prepareCampaign(c);
    return features.map((f) => scoreCreator(f, q));
  });
}

// Words a Korean sentence may keep in Latin letters: platform names and the x of "2x".
// (and, as e2e/korean.spec.ts, currency and country codes: KRW, USD)
const LATIN_OK = /^(YouTube|Instagram|TikTok|POP|[A-Z]{2,3})$/; // POP: the K-POP category

describe("engine facts in both languages", () => {
  const all = results();
  const facts: Fact[] = all.flatMap((r) => [
    ...r.explanation,
    ...r.explanation.flatMap((f) => f.details ?? []),
    ...r.risks.flatMap((k) => k.details ?? []),
  ]);
  const seen = new Set(facts.map((f) => f.code));

  it("covers most of the fact codes (the sample is not too narrow)", () => {
    expect(seen.size).toBeGreaterThan(FACT_CODES.length * 0.7);
  });

  for (const locale of ["ko", "en"] as const) {
    it(`renders every fact and risk in ${locale}, every placeholder filled`, () => {
      const text = render(locale);
      const problems = new Set<string>();
      const check = (what: string, line: string | null) => {
        if (line === null) problems.add(`${what}: no message`);
        else if (/[{}]|undefined|NaN/.test(line)) problems.add(`${what}: ${line}`);
        else if (locale === "ko") {
          for (const w of line.match(/[A-Za-z]{2,}/g) ?? [])
            if (!LATIN_OK.test(w)) problems.add(`${what}: English "${w}" in ${line}`);
        }
      };
      for (const f of facts) check(f.code, text.fact(f));
      for (const r of all) for (const k of r.risks) check(k.code, text.risk(k));
      expect([...problems].slice(0, 10)).toEqual([]);
    });
  }

  it("names a targeted district and the creator's own in each language", () => {
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["서울 마포구"] },
    });
    const r = scoreCreator(
      { ...makeFeatures(), region: "Seoul", district: "Seoul:강남구" },
      prepareCampaign(c),
    );
    const region = r.explanation.flatMap((f) => f.details ?? []).find((f) => f.code === "region");
    const risk = r.risks.find((k) => k.code === "audience_outside_target_region");
    expect(region && risk).toBeTruthy();
    expect(render("ko").fact(region!)).toContain("서울 마포구");
    expect(render("ko").risk(risk!)).toContain("서울 강남구");
    expect(render("en").fact(region!)).toContain("Mapo-gu, Seoul");
    expect(render("en").risk(risk!)).toContain("Gangnam-gu, Seoul");
  });

  it("a risk stored before risks had params falls back to its English", () => {
    expect(render("ko").risk({ code: "stale_channel" })).toBeNull();
  });
});
