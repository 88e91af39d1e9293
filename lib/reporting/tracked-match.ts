// Whether something tracks a match — a row of its per-match totals (a click or an
// attributed order), a tracking link or a promo code — as SQL over a match alias and the
// alias of its LEFT JOINed performance_totals row. One definition for the campaign
// report and the cross-campaign figures: a completed match nothing tracks counts the
// results its brand entered instead (get-campaign-report.ts, get-tracked-results.ts).
export function trackedMatchSql(match: string, totals: string): string {
  return `(${totals}.match_id IS NOT NULL
           OR EXISTS (SELECT 1 FROM tracking_links tl WHERE tl.match_id = ${match}.id)
           OR EXISTS (SELECT 1 FROM promo_codes pc WHERE pc.match_id = ${match}.id))`;
}
