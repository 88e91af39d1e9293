// The Avazu log format: 24 comma-separated columns, no quoting, `hour` as YYMMDDHH.
export const AVAZU_COLUMNS = [
  "id",
  "click",
  "hour",
  "C1",
  "banner_pos",
  "site_id",
  "site_domain",
  "site_category",
  "app_id",
  "app_domain",
  "app_category",
  "device_id",
  "device_ip",
  "device_model",
  "device_type",
  "device_conn_type",
  "C14",
  "C15",
  "C16",
  "C17",
  "C18",
  "C19",
  "C20",
  "C21",
] as const;

export type AvazuColumn = (typeof AVAZU_COLUMNS)[number];

export const AVAZU_HEADER = AVAZU_COLUMNS.join(",");

/** The text columns, as adstats_events names them. */
export const TEXT_COLUMNS = [
  "site_id",
  "site_domain",
  "site_category",
  "app_id",
  "app_domain",
  "app_category",
  "device_id",
  "device_ip",
  "device_model",
] as const satisfies readonly AvazuColumn[];
export type TextColumn = (typeof TEXT_COLUMNS)[number];

export const isTextColumn = (column: string): column is TextColumn =>
  (TEXT_COLUMNS as readonly string[]).includes(column);

/** Column index -> kind of check. "small" columns are SMALLINT, "int" INTEGER. */
export const COLUMN_KIND: readonly ("id" | "click" | "hour" | "small" | "int" | "text")[] =
  AVAZU_COLUMNS.map((c) => {
    if (c === "id") return "id";
    if (c === "click") return "click";
    if (c === "hour") return "hour";
    if (c === "banner_pos" || c === "device_type" || c === "device_conn_type") return "small";
    if (c === "C1" || /^C\d\d$/.test(c)) return "int";
    if (isTextColumn(c)) return "text";
    throw new Error(`columns.ts: no kind for ${c}`);
  });

/**
 * A text column of adstats_events, as the file wrote it, in SQL. The table keeps a field of 8 lowercase hex digits, which is every
 * field of Avazu's anonymised logs, as the digits' 32-bit value, and any other value in
 * odd_ids (jsonb, keyed by column name; the integer is then NULL): a fifth less to
 * store than text and a tenth faster to import (migration 20261207060000).
 */
export function eventTextSql(column: TextColumn): string {
  return `coalesce(odd_ids ->> '${column}', lpad(to_hex(${column}), 8, '0'))`;
}

/** A column of the file after `hour`, as adstats_events gives it back, in SQL. */
export function eventColumnSql(column: AvazuColumn): string {
  return isTextColumn(column) ? eventTextSql(column) : column.toLowerCase();
}

// Avazu writes every impression with both a site and an app; the side that is not
// used carries these placeholder ids (app traffic has site_id 85f751fd, site traffic
// has app_id ecad2386). Top-site and top-app lists leave them out.
export const PLACEHOLDER_SITE_ID = "85f751fd";
export const PLACEHOLDER_APP_ID = "ecad2386";

/** Longest line accepted (Avazu lines are ~150 bytes); longer ones are dead-lettered. */
export const MAX_LINE_CHARS = 4096;
/** Longest text field (Avazu's are 8 hex digits). */
export const MAX_TEXT_FIELD = 64;
