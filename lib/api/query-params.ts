// Query-string values arrive as text. These parse them strictly: "20" is 20, but
// " 20", "2e1", "0x14" and "20abc" are refused rather than read as something the caller
// may not have meant.
import { z } from "zod";

/** Text of `pattern` (at most `maxLength` characters), read as a number within `range`. */
function numberText(pattern: RegExp, message: string, range: z.ZodNumber, maxLength = 16) {
  return z.string().max(maxLength).regex(pattern, message).transform(Number).pipe(range);
}

/** A whole number within [min, max], written in plain decimal digits. */
export function queryInt(min: number, max: number) {
  return numberText(
    /^\d+$/,
    `Use a whole number from ${min} to ${max}`,
    z.number().int().min(min).max(max),
  );
}

/** A whole number within [min, max] that may be negative: "-1" and "7", not "+7" or "7.0". */
export function querySignedInt(min: number, max: number) {
  return numberText(
    /^-?\d+$/,
    `Use a whole number from ${min} to ${max}`,
    z.number().int().min(min).max(max),
  );
}

/** A number within [min, max] in plain decimal notation: "72" or "72.5", not "7.25e1". */
export function queryNumber(min: number, max: number) {
  return numberText(
    /^\d+(\.\d+)?$/,
    `Use a number from ${min} to ${max}`,
    z.number().min(min).max(max),
    24,
  );
}
