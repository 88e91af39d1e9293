// Realistic Avazu-shaped logs for tests and benchmarks: sites, apps and device models
// drawn from Zipf-like popularity, the real format's placeholder ids on the unused side
// (site vs app traffic), a daily traffic curve, and a click probability that depends
// on the site or app, the banner position, the device, the connection and the hour of
// day (about 17% overall, as in Avazu). Malformed lines on request, each of a kind the
// validator must name. Deterministic for a seed.
import { Rng } from "../../random/seeded-random.ts";
import { AVAZU_HEADER, PLACEHOLDER_APP_ID, PLACEHOLDER_SITE_ID } from "../columns.ts";

export type GenerateOptions = {
  rows: number;
  seed?: number;
  /** First day, UTC (default 2014-10-21, like Avazu). */
  start?: string;
  days?: number;
  /** Share of malformed lines, 0..1. */
  malformed?: number;
  /** "float" writes ids as pandas does (1.4199688212321208e+19); "int" as digits. */
  idFormat?: "float" | "int";
  header?: boolean;
};

class Sampler {
  private readonly cdf: Float64Array;
  constructor(weights: readonly number[]) {
    this.cdf = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((w, i) => (this.cdf[i] = total += w));
    for (let i = 0; i < this.cdf.length; i++) this.cdf[i] /= total;
  }
  draw(rng: Rng): number {
    const r = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const zipf = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
const hex8 = (rng: Rng) => rng.uint32().toString(16).padStart(8, "0");

type Entity = { id: string; domain: string; category: string; logit: number };

const SITE_CATEGORIES = 22;
const APP_CATEGORIES = 30;

function entities(rng: Rng, n: number, categories: string[], catWeights: Sampler): Entity[] {
  return Array.from({ length: n }, () => ({
    id: hex8(rng),
    domain: hex8(rng),
    category: categories[catWeights.draw(rng)],
    logit: rng.normal(0, 0.55),
  }));
}

const pick = <T>(rng: Rng, items: readonly T[], s: Sampler) => items[s.draw(rng)];

/** Lines of a generated log (with the header first unless `header: false`). */
export function* generateAvazuLines(o: GenerateOptions): Generator<string> {
  const rng = Rng.fromSeed(o.seed ?? 2014);
  const days = o.days ?? 10;
  const startMs = Date.parse(`${o.start ?? "2014-10-21"}T00:00:00Z`);
  const malformed = o.malformed ?? 0;
  const siteCats = Array.from({ length: SITE_CATEGORIES }, () => hex8(rng));
  const appCats = Array.from({ length: APP_CATEGORIES }, () => hex8(rng));
  const sites = entities(rng, 2_500, siteCats, new Sampler(zipf(SITE_CATEGORIES, 1.4)));
  const apps = entities(rng, 3_500, appCats, new Sampler(zipf(APP_CATEGORIES, 1.3)));
  const siteDraw = new Sampler(zipf(sites.length, 1.1));
  const appDraw = new Sampler(zipf(apps.length, 1.15));
  const models = Array.from({ length: 1_200 }, () => hex8(rng));
  const modelDraw = new Sampler(zipf(models.length, 1.0));
  const C14 = Array.from({ length: 1_500 }, (_, i) => 15_000 + i * 6);
  const c14Draw = new Sampler(zipf(C14.length, 0.9));
  const c21Values = [23, 32, 79, 117, 221, 33, 157, 48, 52, 91, 13, 42, 61, 71, 100];
  const c21Draw = new Sampler(zipf(c21Values.length, 0.8));
  const sizes = [
    [320, 50],
    [216, 36],
    [300, 250],
    [728, 90],
    [320, 480],
    [1024, 768],
  ];
  const sizeDraw = new Sampler([0.93, 0.04, 0.015, 0.01, 0.004, 0.001]);
  const sizeLogit = [0, -0.2, 0.6, -0.3, 0.9, 0.4];
  const deviceTypes = [1, 0, 4, 5];
  const deviceDraw = new Sampler([0.92, 0.055, 0.019, 0.006]);
  const deviceLogit = [0, 0.25, -0.6, -0.7];
  const conns = [0, 2, 3, 5];
  const connDraw = new Sampler([0.86, 0.08, 0.055, 0.005]);
  const connLogit = [0.05, -0.25, -0.6, -0.4];
  const banners = [0, 1, 7, 2, 4, 5, 3];
  const bannerDraw = new Sampler([0.72, 0.275, 0.003, 0.001, 0.0005, 0.0003, 0.0002]);
  const bannerLogit = [0, 0.1, 0.8, -0.3, 0.3, 0.1, -0.4];
  const c1Values = [1005, 1002, 1010, 1012, 1007, 1001, 1008];
  const c1Draw = new Sampler([0.918, 0.055, 0.022, 0.003, 0.001, 0.0005, 0.0005]);
  // traffic by hour of day: a night trough and an evening peak
  const hourDraw = new Sampler(
    Array.from({ length: 24 }, (_, h) => 1 + 0.6 * Math.sin(((h - 9) / 24) * 2 * Math.PI)),
  );
  const hourLogit = Array.from(
    { length: 24 },
    (_, h) => 0.18 * Math.cos(((h - 3) / 24) * 2 * Math.PI),
  );
  const ips = Array.from({ length: 20_000 }, () => hex8(rng));
  const ipDraw = new Sampler(zipf(ips.length, 0.7));

  const BASE = -1.9;
  // rows in time order: day by day, hours drawn from the daily curve, sorted per day
  const perDay = Math.floor(o.rows / days);
  if (o.header !== false) yield AVAZU_HEADER;
  let emitted = 0;
  for (let d = 0; d < days; d++) {
    const n = d === days - 1 ? o.rows - emitted : perDay;
    const counts = new Array<number>(24).fill(0);
    for (let i = 0; i < n; i++) counts[hourDraw.draw(rng)]++;
    const dayMs = startMs + d * 86_400_000;
    const date = new Date(dayMs).toISOString();
    const yymmdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
    // the last days drift a little, so that a time-based holdout is a real test
    const drift = 0.03 * d;
    for (let h = 0; h < 24; h++) {
      const hour = yymmdd + String(h).padStart(2, "0");
      for (let i = 0; i < counts[h]; i++) {
        emitted++;
        const isApp = rng.next() < 0.36;
        const site = isApp ? null : sites[siteDraw.draw(rng)];
        const app = isApp ? apps[appDraw.draw(rng)] : null;
        const dt = deviceDraw.draw(rng);
        const cn = connDraw.draw(rng);
        const bp = isApp ? 0 : bannerDraw.draw(rng);
        const sz = sizeDraw.draw(rng);
        const c14i = c14Draw.draw(rng);
        const logit =
          BASE +
          drift +
          (site?.logit ?? 0) +
          (app?.logit ?? 0) +
          deviceLogit[dt] +
          connLogit[cn] +
          bannerLogit[bp] +
          sizeLogit[sz] +
          hourLogit[h] +
          ((c14i % 7) - 3) * 0.04;
        const click = rng.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        const hi = rng.uint32();
        const lo = rng.uint32();
        const id =
          o.idFormat === "int"
            ? (BigInt(hi) * 4294967296n + BigInt(lo)).toString()
            : (hi * 4294967296 + lo).toExponential();
        const c20 = rng.next() < 0.47 ? -1 : 100_000 + Math.floor(rng.next() * 250);
        const [w, ht] = sizes[sz];
        let line =
          `${id},${click},${hour},${c1Values[c1Draw.draw(rng)]},${banners[bp]},` +
          (site
            ? `${site.id},${site.domain},${site.category},`
            : `${PLACEHOLDER_SITE_ID},c4e18dd6,50e219e0,`) +
          (app
            ? `${app.id},${app.domain},${app.category},`
            : `${PLACEHOLDER_APP_ID},7801e8d9,07d7df22,`) +
          `${rng.next() < 0.82 ? "a99f214a" : hex8(rng)},${ips[ipDraw.draw(rng)]},` +
          `${models[modelDraw.draw(rng)]},${deviceTypes[dt]},${conns[cn]},` +
          `${C14[c14i]},${w},${ht},${1_700 + (c14i % 900)},${c14i % 4},${35 + (c14i % 30) * 40},` +
          `${c20},${c21Values[c21Draw.draw(rng)]}`;
        if (malformed > 0 && rng.next() < malformed) line = corrupt(rng, line);
        yield line;
      }
    }
  }
}

const CORRUPTIONS: ((f: string[]) => string)[] = [
  (f) => f.slice(0, 20).join(","), // truncated
  (f) => [...f.slice(0, 1), "2", ...f.slice(2)].join(","), // click not 0/1
  (f) => [...f.slice(0, 2), f[2].slice(0, 6) + "27", ...f.slice(3)].join(","), // hour 27
  (f) => [...f.slice(0, 16), "12x4", ...f.slice(17)].join(","), // C14 not numeric
  (f) => ["not-an-id", ...f.slice(1)].join(","), // id
  (f) => [...f, "extra"].join(","), // a column too many
];

function corrupt(rng: Rng, line: string): string {
  return CORRUPTIONS[Math.floor(rng.next() * CORRUPTIONS.length)](line.split(","));
}
