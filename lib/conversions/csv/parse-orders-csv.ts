// Reads an order export into orders and row-level errors, with bounds: the file's
// size (the caller's), at most CONVERSION_LIMITS.csvRows rows. csv-parse handles
// quoting, embedded newlines and a BOM; the text is fed in chunks so a large file
// yields to other requests between them. Row numbers are the spreadsheet's: the
// header is row 1.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { fieldErrors, unstorableTextFields } from "../../api/zod-errors.ts";
import { CONVERSION_LIMITS, OrderSchema, type OrderInput, type RowError } from "../schemas.ts";
import { amountOf, isoTimeOf, kindOf, mapColumns, type OrderField } from "./columns.ts";

export type ParsedRow = { row: number; order: OrderInput | null; errors: RowError[] };

export type ParsedCsv = {
  rows: ParsedRow[];
  /** a problem with the whole file (no header, a required column missing, too many rows) */
  fileError: string | null;
};

const CHUNK = 64 * 1024;

export async function parseOrdersCsv(text: string): Promise<ParsedCsv> {
  const parser = Readable.from(chunks(text)).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: 64 * 1024,
    }),
  );
  const rows: ParsedRow[] = [];
  let columns: Partial<Record<OrderField, number>> | null = null;
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        const mapped = mapColumns(record);
        if (mapped.missing.length > 0) {
          parser.destroy();
          return { rows: [], fileError: `Missing column(s): ${mapped.missing.join(", ")}` };
        }
        columns = mapped.columns;
        width = record.length;
        continue;
      }
      if (rows.length >= CONVERSION_LIMITS.csvRows) {
        parser.destroy();
        return { rows, fileError: `More than ${CONVERSION_LIMITS.csvRows} rows: split the file` };
      }
      rows.push(readRow(record, info.lines, columns, width));
    }
  } catch (error) {
    return {
      rows,
      fileError: `Not a readable CSV file: ${(error as Error).message.slice(0, 200)}`,
    };
  }
  if (!columns) return { rows: [], fileError: "The file is empty" };
  return { rows, fileError: null };
}

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

function readRow(
  record: string[],
  row: number,
  columns: Partial<Record<OrderField, number>>,
  width: number,
): ParsedRow {
  const errors: RowError[] = [];
  const err = (field: string, message: string) => errors.push({ row, field, message });
  if (record.length !== width) {
    err("(row)", `has ${record.length} columns, the header has ${width}`);
    return { row, order: null, errors };
  }
  const cell = (f: OrderField) => (columns[f] === undefined ? "" : record[columns[f]!].trim());
  const draft: Record<string, unknown> = { orderId: cell("orderId") };
  if (!cell("orderId")) err("orderId", "is empty");

  const time = isoTimeOf(cell("occurredAt"));
  if (time) draft.occurredAt = time;
  else err("occurredAt", `"${cell("occurredAt").slice(0, 40)}" is not a date and time`);

  let kind = kindOf(cell("kind"));
  if (!kind) err("kind", `"${cell("kind").slice(0, 40)}" is neither an order nor a refund`);
  const amount = amountOf(cell("amount"));
  if (amount === null) err("amount", `"${cell("amount").slice(0, 40)}" is not a whole amount`);
  else {
    // a negative amount is a refund, however the status column reads
    if (amount < 0) kind = "REFUND";
    draft.amount = Math.abs(amount);
  }
  draft.kind = kind ?? "ORDER";
  if (cell("quantity")) {
    const q = /^\d{1,9}$/.test(cell("quantity").replace(/,/g, ""))
      ? Number(cell("quantity").replace(/,/g, ""))
      : NaN;
    if (Number.isNaN(q)) err("quantity", `"${cell("quantity").slice(0, 40)}" is not a count`);
    else draft.quantity = q;
  }
  for (const f of ["product", "currency", "promoCode", "clickId"] as const) {
    if (cell(f)) draft[f] = f === "currency" ? cell(f).toUpperCase() : cell(f);
  }
  if (errors.length > 0) return { row, order: null, errors };
  const parsed = OrderSchema.safeParse(draft);
  // what the webhook refuses beside its schema (a NUL, half a surrogate pair), a row too
  const unstorable = unstorableTextFields(draft);
  if (!parsed.success || unstorable) {
    for (const fields of [parsed.success ? null : fieldErrors(parsed.error), unstorable])
      for (const [field, messages] of Object.entries(fields ?? {}))
        for (const message of messages) err(field, message);
    return { row, order: null, errors };
  }
  return { row, order: parsed.data, errors };
}
