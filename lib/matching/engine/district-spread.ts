// How a local creator's audience in its home region spreads over that region's
// districts (prepare-campaign.ts, districtTargetWeight): HOME_DISTRICT_SHARE stays in
// its own district (regions.ts), the rest goes to every district of the region, nearer
// ones more. Apart from regions.ts, which the browser's profile form also loads, so that
// the table of district centres stays on the server.
import { DISTRICT_CENTRES } from "./kr-district-centres.ts";
import { DISTRICT_KEYS, normalizePlace, provinceOfDistrictKey, type KrRegion } from "./regions.ts";

/** Distance between district centres over which a district's part of the spread halves. */
export const SPREAD_HALF_KM = 10;

/** Kilometres between two points given in degrees (haversine, on a sphere). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How much a district `km` from a creator's own weighs in the spread, before normalising. */
const nearness = (km: number) => 2 ** (-km / SPREAD_HALF_KM);

/** Per district key: its spread (spreadFromHome) over each district of its region. */
const SPREAD: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const byRegion = new Map<KrRegion, string[]>();
  for (const key of DISTRICT_KEYS) {
    const r = provinceOfDistrictKey(key);
    if (!byRegion.has(r)) byRegion.set(r, []);
    byRegion.get(r)!.push(key);
  }
  const out = new Map<string, Map<string, number>>();
  for (const keys of byRegion.values()) {
    for (const home of keys) {
      // a district without a known centre spreads evenly
      const from = DISTRICT_CENTRES[home];
      const weights = keys.map((k) =>
        from && DISTRICT_CENTRES[k] ? nearness(distanceKm(from, DISTRICT_CENTRES[k])) : 1,
      );
      const total = weights.reduce((a, b) => a + b, 0);
      out.set(home, new Map(keys.map((k, i) => [k, weights[i] / total])));
    }
  }
  return out;
})();

/**
 * The part of a local creator's audience spread over its region (all but
 * HOME_DISTRICT_SHARE) that lives in `target`, for a creator based in district `home`:
 * each district of the region weighs by its nearness (halving every SPREAD_HALF_KM
 * between centres, the creator's own counting 1), and the weights add up to 1 over the
 * region. 0 for a district of another region. Once SPREAD_HALF_KM is far larger than
 * the region, it is the even spread, 1 / DISTRICTS_PER_PROVINCE. A lookup: computed
 * once for every pair of districts of a region.
 */
export function spreadFromHome(home: string, target: string): number {
  return SPREAD.get(home)?.get(target) ?? 0;
}

/**
 * Regions with no districts of their own (세종), each one place: their centre (the city
 * hall, as the KMA lists it), so that a distance reaches them and from them.
 */
const UNDIVIDED_REGION_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  Sejong: [36.48, 127.289],
};
const PLACES = [...DISTRICT_KEYS, ...Object.keys(UNDIVIDED_REGION_CENTRES)];
const centreOf = (place: string) => DISTRICT_CENTRES[place] ?? UNDIVIDED_REGION_CENTRES[place];

/** Whether a distance can be measured from `place` (a normalised place): a district, or 세종. */
export function hasCentre(place: string): boolean {
  return centreOf(place) !== undefined;
}

/**
 * The places of a campaign's target places that a distance is measured from: every
 * district named (its region targeted whole or not), or 세종, normalised.
 */
export function placesToMeasureFrom(targetPlaces: readonly string[]): string[] {
  return targetPlaces.map(normalizePlace).filter((p): p is string => p !== null && hasCentre(p));
}

/** Whether a campaign's target places give a distance filter something to measure from. */
export function targetsDistrict(targetPlaces: readonly string[]): boolean {
  return placesToMeasureFrom(targetPlaces).length > 0;
}

/**
 * The places (district keys, and 세종) whose centre lies within `km` of the centre of
 * one of `places`, the places themselves included: the homes a "within N km of the
 * store" filter lets through. Centre to centre: two neighbouring districts' centres lie
 * 3-15 km apart, so a few km keep the district alone.
 */
export function placesWithinKm(places: Iterable<string>, km: number): Set<string> {
  const near = new Set<string>();
  for (const place of places) {
    near.add(place);
    const from = centreOf(place);
    if (!from) continue;
    for (const key of PLACES) {
      const at = centreOf(key);
      if (at && distanceKm(from, at) <= km) near.add(key);
    }
  }
  return near;
}
