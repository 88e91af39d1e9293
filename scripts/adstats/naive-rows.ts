// The naive baseline's input: the first rows of a file as Prisma create() data, parsed
// the obvious way (split, Number, a Date per row), in adstats_events' columns (a text
// field of 8 hex digits as its value, any other in oddIds: lib/adstats/columns.ts).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { AVAZU_COLUMNS } from "../../lib/adstats/columns.ts";
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
    const oddIds: Record<string, string> = {};
    const id = (i: number) => {
      if (/^[0-9a-f]{8}$/.test(f[i])) return parseInt(f[i], 16) | 0;
      oddIds[AVAZU_COLUMNS[i]] = f[i];
      return null;
    };
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
      siteId: id(5),
      siteDomain: id(6),
      siteCategory: id(7),
      appId: id(8),
      appDomain: id(9),
      appCategory: id(10),
      deviceId: id(11),
      deviceIp: id(12),
      deviceModel: id(13),
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
      ...(Object.keys(oddIds).length > 0 ? { oddIds } : {}),
    });
    if (rows.length >= limit) break;
  }
  lines.close();
  return { rows, days };
}
