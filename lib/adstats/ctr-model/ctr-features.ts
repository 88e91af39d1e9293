// The CTR model's features: every Avazu column as a categorical value (the hashing
// trick: "column=value" hashed into 2^bits weights, no vocabulary to store), the hour
// of day and day of week instead of the raw hour, the ad size, and a few crosses that
// matter for display ads (position x device, site/app category x hour of day).
import { AVAZU_COLUMNS } from "../columns.ts";

export type CtrInput = {
  hour: string; // YYMMDDHH
  C1: string | number;
  banner_pos: string | number;
  site_id: string;
  site_domain: string;
  site_category: string;
  app_id: string;
  app_domain: string;
  app_category: string;
  device_id: string;
  device_ip: string;
  device_model: string;
  device_type: string | number;
  device_conn_type: string | number;
  C14: string | number;
  C15: string | number;
  C16: string | number;
  C17: string | number;
  C18: string | number;
  C19: string | number;
  C20: string | number;
  C21: string | number;
};

// every column after `hour` as it is, except the ad size (C15 x C16, crossed below)
const PLAIN = AVAZU_COLUMNS.slice(3).filter((c) => c !== "C15" && c !== "C16") as Exclude<
  (typeof AVAZU_COLUMNS)[number],
  "id" | "click" | "hour"
>[];

export const FEATURES_PER_ROW = PLAIN.length + 6;

function hash(s: string, seed: number): number {
  let h = seed ^ 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fills `out` with the row's weight indices (bias first); returns how many. */
export function featureIndices(row: CtrInput, bits: number, out: Uint32Array): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  out[n++] = 0; // bias
  for (let i = 0; i < PLAIN.length; i++) {
    out[n++] = hash(String(row[PLAIN[i]]), i + 1) & mask || 1;
  }
  const hourOfDay = row.hour.slice(6, 8);
  const day = Date.UTC(
    2000 + Number(row.hour.slice(0, 2)),
    Number(row.hour.slice(2, 4)) - 1,
    Number(row.hour.slice(4, 6)),
  );
  const dayOfWeek = String(new Date(day).getUTCDay());
  const extra = [
    hourOfDay,
    dayOfWeek,
    `${row.C15}x${row.C16}`,
    `${row.banner_pos}|${row.device_type}`,
    `${row.site_category}|${hourOfDay}`,
    `${row.app_category}|${hourOfDay}`,
  ];
  for (let i = 0; i < extra.length - 1; i++) out[n++] = hash(extra[i], 100 + i) & mask || 1;
  out[n++] = hash(extra[extra.length - 1], 200) & mask || 1;
  return n;
}
