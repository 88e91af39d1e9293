// Query-string values arrive as text. These parse them strictly: "20" is 20, but
// " 20", "2e1", "0x14" and "20abc" are refused rather than read as something the caller
// may not have meant.
import { z } from "zod";

/** A whole number within [min, max], written in plain decimal digits. */
export function queryInt(min: number, max: number) {
  return z
    .string()
    .max(16)
    .regex(/^\d+$/, `Use a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A whole number within [min, max] that may be negative: "-1" and "7", not "+7" or "7.0". */
export function querySignedInt(min: number, max: number) {
  return z
    .string()
    .max(16)
    .regex(/^-?\d+$/, `Use a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A number within [min, max] in plain decimal notation: "72" or "72.5", not "7.25e1". */
export function queryNumber(min: number, max: number) {
  return z
    .string()
    .max(24)
    .regex(/^\d+(\.\d+)?$/, `Use a number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}
