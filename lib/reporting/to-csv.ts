// CSV for every table a report shows (RFC 4180: quoted when needed, CRLF line ends).
// A cell that a spreadsheet would run as a formula (=, +, -, @ at the start of text) is
// prefixed with an apostrophe: creator and campaign names are user input.

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | boolean | null };

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => cell(c.header))];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))));
  return lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

function cell(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v !== "string") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
