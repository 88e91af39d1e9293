// The engine's explanations as structured facts: a code and its parameters per reason
// sentence, per clause of a reason, per risk and per audience-quality signal. The engine
// writes no language but English (for the CLI and the API, lib/matching/engine/english.ts);
// pages render the same facts in the reader's language through messages/<locale>/
// matchFacts.json, so a Korean page never shows the engine's English.
//
// Parameter values are what the sentence quotes, already rounded and formatted as the
// engine's English writes them ("1,234", "12%", "₩50,000", "0.4"): Korean writes digits,
// percentages and won the same way, so a page needs no formatter of its own. Counts that
// choose a plural stay numbers. Words that differ by language are passed as codes: a
// category slug, a region's canonical name, a country code, a tier, "female" / "male",
// a data source; lists of them are arrays (a page joins them in its language).
export type FactValue = string | number | string[];
export type FactParams = Record<string, FactValue>;

export interface Fact {
  code: FactCode;
  params: FactParams;
  // the clauses of a reason (one per targeted dimension, ...), in the order written
  details?: Fact[];
}

export const FACT_CODES = [
  // reasons (one sentence per factor, the score note, the value note)
  "audienceNoTarget",
  "audience",
  "categoryNone",
  "categoryUnrelated",
  "categoryExact",
  "categoryRelated",
  "performanceNoViews",
  "performance",
  "budgetRateUnknown",
  "budgetFree",
  "budgetOver",
  "budgetWithin",
  "budgetWithinNoViews",
  "scoreAdjusted",
  "valueOverBudget",
  "valueOverBudgetEstimated",
  "value",
  // clauses of the audience reason
  "age",
  "gender",
  "country",
  "region",
  "reach",
  // clauses of the performance reason
  "medianViews",
  "stale",
  "qualityCut",
  "expectedViews",
  "engagement",
  "engagementUnknown",
  // clauses of the score note
  "gate",
  "penalty",
  "penaltyEstimated",
  "cap",
  // audience-quality signals
  "vpsHidden",
  "vpsFewVideos",
  "vps",
  "engagementUnmeasured",
  "engagementSignal",
  "commentsUnmeasured",
  "commentsPerLike",
  "subscriberJumpsUnmeasured",
  "repeatedCommentsUnmeasured",
] as const;
export type FactCode = (typeof FACT_CODES)[number];

export const fact = (code: FactCode, params: FactParams = {}, details?: Fact[]): Fact =>
  details ? { code, params, details } : { code, params };
