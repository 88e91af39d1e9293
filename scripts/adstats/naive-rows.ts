// The naive baseline's input: the first rows of a file as Prisma create() data, parsed
// the obvious way (split, Number, a Date per row).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { isoDay, parseAvazuHour } from "../../lib/adstats/hour.ts";
import { lineHash } from "../../lib/adstats/ingest/line-hash.ts";

export async function naiveRows(file: string, limit: number) {
  const rows = [];
  const days = new Set<string>();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    const f = line.split(",");
    const epoch = parseAvazuHour(f[2]);
    if (f.length !== 24 || epoch < 0) continue;
    days.add(isoDay(epoch));
    const n = (i: number) => Number(f[i]);
    rows.push({
      eventHour: new Date(epoch * 1000),
      // the naive way has no segments: the row's place in the sample is its key
      segmentId: 0n,
      rowNo: rows.length,
      idText: f[0],
      lineHash: BigInt(lineHash(line)),
      click: n(1),
      c1: n(3),
      bannerPos: n(4),
      siteId: f[5],
      siteDomain: f[6],
      siteCategory: f[7],
      appId: f[8],
      appDomain: f[9],
      appCategory: f[10],
      deviceId: f[11],
      deviceIp: f[12],
      deviceModel: f[13],
      deviceType: n(14),
      deviceConnType: n(15),
      c14: n(16),
      c15: n(17),
      c16: n(18),
      c17: n(19),
      c18: n(20),
      c19: n(21),
      c20: n(22),
      c21: n(23),
    });
    if (rows.length >= limit) break;
  }
  lines.close();
  return { rows, days };
}
