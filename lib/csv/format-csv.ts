// CSV for spreadsheets (RFC 4180): quoted where needed, CRLF line ends, a UTF-8 BOM so
// Excel reads Korean text, and text cells that a spreadsheet would run as a formula
// (= + - @ at the start) prefixed with an apostrophe. Numbers are written as they are.
export type CsvCell = string | number | bigint | null | undefined;

export function formatCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  // A plain (negative) number is data, not a formula: a refund of -12000 stays a number.
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A download response with a file name. */
export function csvResponse(fileName: string, body: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
    },
  });
}
