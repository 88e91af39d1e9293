// Test helpers for the adstats domain: generated files and an independent count of
// what a file holds (a plain split, written separately from the importer's checks).
import { generateAvazuLines, type GenerateOptions } from "./generate.ts";

export function generatedText(o: GenerateOptions, lineBreak = "\n"): string {
  return [...generateAvazuLines(o)].join(lineBreak) + lineBreak;
}

export async function* chunked(text: string | Buffer, size = 65_536): AsyncGenerator<Buffer> {
  const buf = typeof text === "string" ? Buffer.from(text) : text;
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

export type Tally = { impressions: number; clicks: number };

/** Impressions and clicks per dimension value, from the file itself. */
export function independentCount(text: string) {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const body = lines[0].startsWith("id,") ? lines.slice(1) : lines;
  const valid: string[][] = [];
  const invalid: number[] = [];
  body.forEach((line, i) => {
    const f = line.split(",");
    const ok =
      f.length === 24 &&
      /^\d+(\.\d+)?(e\+\d+)?$/.test(f[0]) &&
      (f[1] === "0" || f[1] === "1") &&
      /^\d{6}([01]\d|2[0-3])$/.test(f[2]) &&
      f
        .slice(3)
        .every((v, j) => ([0, 1, 11, 12].includes(j) || j >= 13 ? /^-?\d+$/.test(v) : v !== ""));
    if (ok) valid.push(f);
    else invalid.push(i + (lines[0].startsWith("id,") ? 2 : 1));
  });
  const by = (col: number) => {
    const m = new Map<string, Tally>();
    for (const f of valid) {
      const t = m.get(f[col]) ?? { impressions: 0, clicks: 0 };
      t.impressions++;
      t.clicks += Number(f[1]);
      m.set(f[col], t);
    }
    return m;
  };
  return {
    rows: body.length,
    valid: valid.length,
    invalidLines: invalid,
    clicks: valid.reduce((s, f) => s + Number(f[1]), 0),
    by,
  };
}
